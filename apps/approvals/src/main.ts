import 'reflect-metadata';
import { ApprovalsModule, approvalsEnvSchema } from '@bastion/approvals-server';
import { runService } from '@bastion/platform-http';

runService({
  name: 'approvals',
  envSchema: approvalsEnvSchema,
  rootModule: (env) => ApprovalsModule.forRoot(env),
  description: {
    title: 'Bastion approvals service',
    description:
      'The sign-off engine: approval requests and their actions, the one inbox, the hash-chained ledger, ' +
      'attachments, route templates, general requests and notifications.',
  },
});
