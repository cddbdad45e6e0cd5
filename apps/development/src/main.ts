import 'reflect-metadata';
import { DevelopmentModule, developmentEnvSchema } from '@bastion/development-server';
import { runService } from '@bastion/platform-http';

runService({
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
});
