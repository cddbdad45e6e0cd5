import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { APPROVALS_TASK_QUEUE } from '@bastion/approvals-contracts';
import { shippedChinaHolidayData } from '@bastion/calendar';
import { IDENTITY_TASK_QUEUE } from '@bastion/identity-contracts';
import { startTimeSkippingServer } from './temporal';

/**
 * A service's workflows on Temporal's time-skipping server with the real sign-off engine beside
 * them (its workflows, its ledger writes dropped) and the identity service stood in for by the
 * activities given. Each call starts a fresh server; the bundles of the workflows (its own and
 * the engine's) are made once per test file (`bundlesBesideTheEngine` in
 * `@bastion/platform-service-testing`).
 */
export async function startBesideTheEngine(service: {
  bundles: Promise<[own: { code: string }, approvals: { code: string }]>;
  taskQueue: string;
  activities: object;
  identity: object;
}) {
  const [own, approvals] = await service.bundles;
  const env: TestWorkflowEnvironment = await startTimeSkippingServer();
  const workers = await Promise.all([
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: service.taskQueue,
      workflowBundle: own,
      activities: service.activities,
    }),
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: APPROVALS_TASK_QUEUE,
      workflowBundle: approvals,
      activities: {
        holidayCalendar: async () => [...shippedChinaHolidayData],
        persistApproval: async () => undefined,
      },
    }),
    Worker.create({
      connection: env.nativeConnection,
      taskQueue: IDENTITY_TASK_QUEUE,
      activities: service.identity,
    }),
  ]);
  const running = workers.map((w) => w.run());
  return {
    env,
    client: env.client,
    async stop() {
      workers.forEach((w) => w.shutdown());
      await Promise.all(running);
      await env.teardown();
    },
  };
}
