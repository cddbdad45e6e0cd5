import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { timeSequential } from './stats';
import { echoUpdate } from './workflows/echo.workflow';

/**
 * Round trips of a bare Temporal Update on a trivial workflow, against the same server the
 * approval actions use: how much of an action's time the platform itself costs.
 */
export async function bareUpdateRoundTrips(address: string, count: number): Promise<number[]> {
  const taskQueue = `bench-echo-${Date.now()}`;
  const native = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection: native,
    taskQueue,
    workflowsPath: join(__dirname, 'workflows/echo.workflow.ts'),
  });
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  const samples = await worker.runUntil(async () => {
    const handle = await client.workflow.start('echo', { taskQueue, workflowId: taskQueue });
    await handle.executeUpdate(echoUpdate, { args: [0] });
    const timed = await timeSequential(
      count,
      async (i) => void (await handle.executeUpdate(echoUpdate, { args: [i] })),
    );
    await handle.executeUpdate(echoUpdate, { args: [-1] });
    await handle.result();
    return timed;
  });
  await connection.close();
  await native.close();
  return samples;
}
