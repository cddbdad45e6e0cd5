import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Client } from '@temporalio/client';
import { ConfigModule, loadConfig, serviceEnvSchema } from '@bastion/platform-config';
import { temporalAddress } from '@bastion/platform-testing';
import { TEMPORAL_CLIENT } from './temporal-tokens';
import { TemporalModule } from './temporal.module';
import { bundleWorkflows } from './workflow-bundler';

const source = join(__dirname, '../testing/one-activity.workflow.ts');

function workerModule(taskQueue: string, env: Record<string, string>) {
  const config = loadConfig('bundle-test', serviceEnvSchema, {
    PORT: '0',
    DATABASE_URL: 'postgres://unused@localhost/unused',
    JWT_SECRET: 'x'.repeat(32),
    TEMPORAL_ADDRESS: temporalAddress(),
    LOG_LEVEL: 'error',
    ...env,
  });
  @Module({
    imports: [
      ConfigModule.forRoot('bundle-test', config),
      TemporalModule.forService({
        taskQueue,
        workflowsPath: source,
        activities: () => ({ slow: async (label: string) => `bundled:${label}` }),
      }),
    ],
  })
  class WorkerOnly {}
  return WorkerOnly;
}

describe('workflow code in production', () => {
  it('runs from the prebuilt bundle named by WORKFLOW_BUNDLE_PATH', async () => {
    const bundle = await bundleWorkflows(source);
    const file = join(mkdtempSync(join(tmpdir(), 'bastion-bundle-')), 'workflow-bundle.js');
    writeFileSync(file, bundle.code);
    const taskQueue = `bundle-test-${Date.now()}`;
    const app = await NestFactory.createApplicationContext(
      workerModule(taskQueue, { NODE_ENV: 'production', WORKFLOW_BUNDLE_PATH: file }),
      { logger: ['error'] },
    );
    try {
      const result = await app.get<Client>(TEMPORAL_CLIENT).workflow.execute('oneActivity', {
        taskQueue,
        workflowId: `bundle-${Date.now()}`,
        args: ['x'],
      });
      expect(result).toBe('bundled:x');
    } finally {
      await app.close();
    }
  });

  it('refuses to bundle source in production', async () => {
    // Creating the context runs the bootstrap hooks, where the worker starts.
    const failure = await NestFactory.createApplicationContext(
      workerModule(`no-bundle-${Date.now()}`, { NODE_ENV: 'production' }),
      { logger: false, abortOnError: false },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toEqual(
      new Error('WORKFLOW_BUNDLE_PATH is required in production: workers load the prebuilt bundle.'),
    );
  });
});
