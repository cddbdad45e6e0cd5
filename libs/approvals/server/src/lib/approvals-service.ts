import { type ServiceProgram } from '@bastion/platform-http';
import { approvalsEnvSchema, type ApprovalsEnv } from './approvals-env';
import { ApprovalsModule } from './approvals.module';

/** The approvals service as its `main.ts` runs it and its tests start it: name, variables, root module, API description. */
export const approvalsService: ServiceProgram<ApprovalsEnv> = {
  name: 'approvals',
  envSchema: approvalsEnvSchema,
  rootModule: (env) => ApprovalsModule.forRoot(env),
  description: {
    title: 'Bastion approvals service',
    description:
      'The sign-off engine: approval requests and their actions, the one inbox, the hash-chained ledger, ' +
      'attachments, route templates, general requests and notifications.',
  },
};
