import { type ServiceProgram } from '@bastion/platform-http';
import { developmentEnvSchema, type DevelopmentEnv } from './development-env';
import { DevelopmentModule } from './development.module';

/** The development service as its `main.ts` runs it and its tests start it: name, variables, root module, API description. */
export const developmentService: ServiceProgram<DevelopmentEnv> = {
  name: 'development',
  envSchema: developmentEnvSchema,
  rootModule: (env) => DevelopmentModule.forRoot(env),
  description: {
    title: 'Bastion member development service',
    description:
      'Member development (发展党员): a case per person from the written application to full membership ' +
      'and the archive — the 25 steps under versioned rules, sign-offs on the approvals engine, statutory ' +
      'clocks, paper records migrated at any stage, the pipeline, the deadlines and the dossier.',
  },
};
