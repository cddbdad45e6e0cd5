import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { IdentityActivities } from '@bastion/identity-contracts';
import { resolveWorkspaceAliases } from '@bastion/platform-temporal';
import { temporalAddress } from '@bastion/platform-testing';

export interface IdentityProbe {
  /** The task queue the probe workflow runs on. */
  taskQueue: string;
  /** Calls one identity activity from the probe workflow and answers its result (or its failure). */
  ask<K extends keyof IdentityActivities>(
    name: K,
    input: Parameters<IdentityActivities[K]>[0],
  ): Promise<Awaited<ReturnType<IdentityActivities[K]>>>;
  stop(): Promise<void>;
}

/**
 * Another service's workflow as the identity service meets it: the probe workflow on a task queue
 * of its own, calling the identity activities through Temporal.
 */
export async function startIdentityProbe(name: string): Promise<IdentityProbe> {
  const taskQueue = `${name}-${Date.now()}`;
  const native = await NativeConnection.connect({ address: temporalAddress() });
  const worker = await Worker.create({
    connection: native,
    taskQueue,
    workflowsPath: join(__dirname, 'identity-probe.workflow.ts'),
    bundlerOptions: { webpackConfigHook: resolveWorkspaceAliases },
  });
  const running = worker.run();
  const connection = await Connection.connect({ address: temporalAddress() });
  const client = new Client({ connection });
  let runs = 0;
  return {
    taskQueue,
    ask: (activity, input) =>
      client.workflow.execute('identityProbe', {
        taskQueue,
        workflowId: `${taskQueue}-${++runs}`,
        args: [activity, input],
      }),
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
