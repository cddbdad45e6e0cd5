import { join } from 'node:path';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig, serviceEnvSchema } from '@bastion/platform-config';
import { temporalAddress } from '@bastion/platform-testing';
import { TemporalModule } from '../lib/temporal.module';

/**
 * A worker booted the way every service boots its own: through TemporalModule's WorkerHost, on
 * `taskQueue`, running the workflows of `testing/<workflows>.workflow.ts` with `activities`.
 */
export async function bootWorker(
  service: string,
  worker: { taskQueue: string; workflows: string; activities: object },
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const config = loadConfig(service, serviceEnvSchema, {
    PORT: '1',
    DATABASE_URL: 'postgres://unused@localhost/unused',
    JWT_SECRET: 'x'.repeat(32),
    TEMPORAL_ADDRESS: temporalAddress(),
    ...env,
    LOG_LEVEL: 'warn',
  });
  @Module({
    imports: [
      ConfigModule.forRoot(service, config),
      TemporalModule.forService({
        taskQueue: worker.taskQueue,
        workflowsPath: join(__dirname, `${worker.workflows}.workflow.ts`),
        activities: () => worker.activities,
      }),
    ],
  })
  class WorkerOnly {}
  const app = await NestFactory.createApplicationContext(WorkerOnly, { logger: ['error'] });
  await app.init();
  return app;
}
