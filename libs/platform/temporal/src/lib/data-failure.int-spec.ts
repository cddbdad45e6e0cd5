import type { INestApplicationContext } from '@nestjs/common';
import { Client, WorkflowFailedError } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { freshDatabase } from '@bastion/platform-testing';
import { DataFailureType } from './data-failure';
import { TEMPORAL_CLIENT } from './temporal-tokens';
import { bootWorker } from '../testing/boot-worker';

const taskQueue = `data-failure-test-${Date.now()}`;

const boot = (activities: object) =>
  bootWorker('data-failure-test', { taskQueue, workflows: 'data-error', activities });

describe('activities failing on data', () => {
  let db: DataSource;
  let app: INestApplicationContext;
  let client: Client;
  let attempts = 0;
  /** Holds a lock on the row named "locked" while set, so inserting it times out (a transient error). */
  let lockHolder: QueryRunner | undefined;

  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', url: await freshDatabase('data_failure') });
    await db.initialize();
    await db.query(`CREATE TABLE thing (name text PRIMARY KEY CHECK (length(name) < 20))`);
    app = await boot({
      async insertThing(name: string): Promise<void> {
        attempts += 1;
        if (lockHolder && attempts >= 3) {
          await lockHolder.commitTransaction();
          await lockHolder.release();
          lockHolder = undefined;
        }
        await db.transaction(async (tx) => {
          await tx.query(`SET LOCAL lock_timeout = '200ms'`);
          await tx.query(`INSERT INTO thing (name) VALUES ($1)`, [name]);
        });
      },
    });
    client = app.get<Client>(TEMPORAL_CLIENT);
  });
  afterAll(async () => {
    await app?.close();
    await db?.destroy();
  });
  beforeEach(() => (attempts = 0));

  async function run(name: string, workflow = 'insertOneThing'): Promise<unknown> {
    return client.workflow
      .execute(workflow, { taskQueue, workflowId: `data-failure-${name}-${Date.now()}`, args: [name] })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
  }

  function failureOf(error: unknown): ApplicationFailure {
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const activity = (error as WorkflowFailedError).cause;
    expect(activity).toBeInstanceOf(ActivityFailure);
    const cause = (activity as ActivityFailure).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    return cause as ApplicationFailure;
  }

  it('a unique violation fails the activity once, and the workflow hears it, under an unlimited retry policy', async () => {
    await db.query(`INSERT INTO thing (name) VALUES ('taken')`);
    const failure = failureOf(await run('taken'));
    expect(failure.type).toBe(DataFailureType.UniqueViolation);
    expect(failure.nonRetryable).toBe(true);
    expect(attempts).toBe(1);
  });

  it('a check violation fails once too', async () => {
    const failure = failureOf(await run('a-name-far-too-long-for-the-check'));
    expect(failure.type).toBe(DataFailureType.CheckViolation);
    expect(attempts).toBe(1);
  });

  it('an invalid byte sequence fails once', async () => {
    const failure = failureOf(await run('nul\u0000name'));
    expect(failure.type).toBe(DataFailureType.InvalidEncoding);
    expect(attempts).toBe(1);
  });

  it('a local activity reports a data error once too', async () => {
    await db.query(`INSERT INTO thing (name) VALUES ('taken-locally')`);
    const error = await run('taken-locally', 'insertOneThingLocally');
    expect(error).toBeInstanceOf(WorkflowFailedError);
    // A local activity's failure reaches the workflow as the activity's own failure, unwrapped.
    const failure = (error as WorkflowFailedError).cause as ApplicationFailure;
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure.type).toBe(DataFailureType.UniqueViolation);
    expect(failure.nonRetryable).toBe(true);
    expect(attempts).toBe(1);
  });

  it('a transient error (a lock not available in time) is retried until it passes', async () => {
    lockHolder = db.createQueryRunner();
    await lockHolder.connect();
    await lockHolder.startTransaction();
    // The new row's key conflicts with nothing yet; the holder's uncommitted insert of it makes others wait.
    await lockHolder.query(`INSERT INTO thing (name) VALUES ('locked')`);
    await lockHolder.query(`DELETE FROM thing WHERE name = 'locked'`);
    expect(await run('locked')).toBeUndefined();
    expect(attempts).toBe(3);
    expect(await db.query(`SELECT name FROM thing WHERE name = 'locked'`)).toEqual([{ name: 'locked' }]);
  });
});
