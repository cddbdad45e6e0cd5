import { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from './temporal-tokens';
import { bootWorker } from '../testing/boot-worker';

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

const boot = (activities: object) =>
  bootWorker(
    'shutdown-test',
    { taskQueue, workflows: 'one-activity', activities },
    { SHUTDOWN_GRACE_SECONDS: '20' },
  );

describe('worker shutdown', () => {
  it('lets an in-flight activity finish, and a restarted worker completes the workflow without re-running it', async () => {
    const counter = { started: 0, finished: 0 };
    let markStarted!: () => void;
    const activityStarted = new Promise<void>((resolve) => (markStarted = resolve));
    const first = await boot(slowActivities(counter, () => markStarted()));
    const client = first.get<Client>(TEMPORAL_CLIENT);
    const handle = await client.workflow.start('oneActivity', {
      taskQueue,
      workflowId: `one-activity-${Date.now()}`,
      args: ['a'],
    });
    await activityStarted;
    await first.close();
    expect(counter).toEqual({ started: 1, finished: 1 });

    const second = await boot(slowActivities(counter, () => undefined));
    try {
      const result = await second.get<Client>(TEMPORAL_CLIENT).workflow.getHandle(handle.workflowId).result();
      expect(result).toBe('done:a');
      expect(counter).toEqual({ started: 1, finished: 1 });
    } finally {
      await second.close();
    }
  });
});
