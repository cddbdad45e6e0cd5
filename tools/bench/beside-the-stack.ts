import { Client as PgClient } from 'pg';
import { NativeConnection, Worker } from '@temporalio/worker';
import { IDENTITY_TASK_QUEUE, type IdentityActivities } from '@bastion/identity-contracts';
import { ServiceStack } from './service-stack';

/** Polls `check` every half second until it holds (true) or `timeoutMs` has passed (false). */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/**
 * Runs `body` against one service's stack, with what a benchmark keeps beside it in this process:
 * the identity activities the service's workflows call, on the identity task queue, and a
 * connection to the service's database. Everything stops afterwards, whatever `body` did.
 */
export async function besideTheStack(
  stack: ServiceStack,
  identityActivities: Partial<IdentityActivities>,
  body: (db: PgClient) => Promise<void>,
): Promise<void> {
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const identity = await Worker.create({
    connection,
    taskQueue: IDENTITY_TASK_QUEUE,
    activities: identityActivities,
  });
  const identityRun = identity.run();
  const db = new PgClient({ connectionString: stack.databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  try {
    await body(db);
  } finally {
    await db.end();
    identity.shutdown();
    await identityRun;
    await connection.close();
    await stack.stop();
  }
}
