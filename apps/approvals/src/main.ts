import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApprovalsModule, approvalsEnvSchema } from '@bastion/approvals-server';
import { loadConfigOrExit } from '@bastion/platform-config';
import { createServiceApp } from '@bastion/platform-http';

async function main(): Promise<void> {
  const env = loadConfigOrExit('approvals', approvalsEnvSchema);
  const root = ApprovalsModule.forRoot(env);
  if (env.ROLE === 'worker') {
    // A worker-only replica serves no HTTP; it runs approval workflows on the approvals task queue until stopped.
    const context = await NestFactory.createApplicationContext(root);
    context.enableShutdownHooks();
    return;
  }
  const app = await createServiceApp(
    root,
    { ...env, SERVICE: 'approvals' },
    {
      title: 'Bastion approvals service',
      description:
        'The sign-off engine: approval requests and their actions, the one inbox, the hash-chained ledger, ' +
        'attachments, route templates, general requests and notifications.',
    },
  );
  await app.listen(env.PORT);
  new Logger('approvals').log(
    `Listening on :${env.PORT}, API at /api/approvals, docs at /api/approvals/docs`,
  );
}

main().catch((error: unknown) => {
  new Logger('approvals').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
