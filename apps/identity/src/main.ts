import 'reflect-metadata';
import { IdentityModule, identityEnvSchema } from '@bastion/identity-server';
import { runService } from '@bastion/platform-http';

runService({
  name: 'identity',
  envSchema: identityEnvSchema,
  rootModule: (env) => IdentityModule.forRoot(env),
  description: {
    title: 'Bastion identity service',
    description: 'Organisation tree, people and membership records, logins and roles.',
  },
});
