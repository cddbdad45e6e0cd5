import { join } from 'node:path';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from '@temporalio/client';
import { ConfigModule, loadConfig, serviceEnvSchema } from '@bastion/platform-config';
import { temporalAddress } from '@bastion/platform-testing';
import { TEMPORAL_CLIENT } from './temporal-tokens';
import { TemporalModule } from './temporal.module';

const taskQueue = `shutdown-test-${Date.now()}`;

/** An activity that takes a while and counts how often it ran to completion. */
function slowActivities(counter: { started: number; finished: number }, started: () => void) {
  return {
    async slow(label: string): Promise<string> {
      counter.started += 1;
      started();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      counter.finished += 1;
      return `done:${label}`;
    },
  };
}

async function bootWorker(activities: object): Promise<INestApplicationContext> {
  const env = loadConfig('shutdown-test', serviceEnvSchema, {
    PORT: '1',
    DATABASE_URL: 'postgres://unused@localhost/unused',
    JWT_SECRET: 'x'.repeat(32),
    TEMPORAL_ADDRESS: temporalAddress(),
    SHUTDOWN_GRACE_SECONDS: '20',
    LOG_LEVEL: 'warn',
  });
  @Module({
    imports: [
      ConfigModule.forRoot('shutdown-test', env),
      TemporalModule.forService({
        taskQueue,
        workflowsPath: join(__dirname, '../testing/one-activity.workflow.ts'),
        activities: () => activities,
      }),
    ],
  })
  class WorkerOnly {}
  const app = await NestFactory.createApplicationContext(WorkerOnly, { logger: ['error'] });
  await app.init();
  return app;
}

describe('worker shutdown', () => {
  it('lets an in-flight activity finish, and a restarted worker completes the workflow without re-running it', async () => {
    const counter = { started: 0, finished: 0 };
    let markStarted!: () => void;
    const activityStarted = new Promise<void>((resolve) => (markStarted = resolve));
    const first = await bootWorker(slowActivities(counter, () => markStarted()));
    const client = first.get<Client>(TEMPORAL_CLIENT);
    const handle = await client.workflow.start('oneActivity', {
      taskQueue,
      workflowId: `one-activity-${Date.now()}`,
      args: ['a'],
    });
    await activityStarted;
    await first.close();
    expect(counter).toEqual({ started: 1, finished: 1 });

    const second = await bootWorker(slowActivities(counter, () => undefined));
    try {
      const result = await second.get<Client>(TEMPORAL_CLIENT).workflow.getHandle(handle.workflowId).result();
      expect(result).toBe('done:a');
      expect(counter).toEqual({ started: 1, finished: 1 });
    } finally {
      await second.close();
    }
  });
});
