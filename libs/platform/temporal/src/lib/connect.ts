import { Logger } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';

const RETRY_FOR_MS = 60_000;

/**
 * Services may start before the Temporal server is ready (compose starts them together), so the
 * first connection is retried for a minute before the service gives up.
 */
async function withRetry<T>(what: string, attempt: () => Promise<T>, logger: Logger): Promise<T> {
  const deadline = Date.now() + RETRY_FOR_MS;
  for (let wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() + wait > deadline) throw error;
      logger.warn(`${what} not reachable yet (${(error as Error).message}); retrying in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

export function connectClient(address: string, logger: Logger): Promise<Connection> {
  return withRetry(`Temporal at ${address}`, () => Connection.connect({ address }), logger);
}

export function connectWorker(address: string, logger: Logger): Promise<NativeConnection> {
  return withRetry(`Temporal at ${address}`, () => NativeConnection.connect({ address }), logger);
}
