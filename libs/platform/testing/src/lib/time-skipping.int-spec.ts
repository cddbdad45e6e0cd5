import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { startTimeSkippingServer } from './temporal';

describe('the time-skipping test server', () => {
  it('runs a year-long wait in moments', async () => {
    const env = await startTimeSkippingServer();
    try {
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: 'year-long',
        workflowsPath: join(__dirname, '../testing/year-long.workflow.ts'),
      });
      const elapsedInWorkflow = await worker.runUntil(
        env.client.workflow.execute('yearLong', { taskQueue: 'year-long', workflowId: 'year-long' }),
      );
      expect(elapsedInWorkflow).toBeGreaterThanOrEqual(365 * 24 * 3600 * 1000);
    } finally {
      await env.teardown();
    }
  });
});
