import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IdentityModule, identityEnvSchema } from '@bastion/identity-server';
import { loadConfigOrExit } from '@bastion/platform-config';
import { createServiceApp } from '@bastion/platform-http';

async function main(): Promise<void> {
  const env = loadConfigOrExit('identity', identityEnvSchema);
  const root = IdentityModule.forRoot(env);
  if (env.ROLE === 'worker') {
    // A worker-only replica serves no HTTP; it polls the identity task queue until stopped.
    const context = await NestFactory.createApplicationContext(root);
    context.enableShutdownHooks();
    return;
  }
  const app = await createServiceApp(
    root,
    { ...env, SERVICE: 'identity' },
    {
      title: 'Bastion identity service',
      description: 'Organisation tree, people and membership records, logins and roles.',
    },
  );
  await app.listen(env.PORT);
  new Logger('identity').log(`Listening on :${env.PORT}, API at /api/identity, docs at /api/identity/docs`);
}

main().catch((error: unknown) => {
  new Logger('identity').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
