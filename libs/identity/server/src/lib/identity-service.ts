import { type ServiceProgram } from '@bastion/platform-http';
import { identityEnvSchema, type IdentityEnv } from './identity-env';
import { IdentityModule } from './identity.module';

/** The identity service as its `main.ts` runs it and its tests start it: name, variables, root module, API description. */
export const identityService: ServiceProgram<IdentityEnv> = {
  name: 'identity',
  envSchema: identityEnvSchema,
  rootModule: (env) => IdentityModule.forRoot(env),
  description: {
    title: 'Bastion identity service',
    description: 'Organisation tree, people and membership records, logins and roles.',
  },
};
