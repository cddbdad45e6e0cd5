import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalCliExecutable, temporalTestServerExecutable } from './executables';

export interface DevServerOptions {
  /** SQLite file that keeps workflows across restarts; in memory when omitted. */
  dbFilename?: string;
  port?: number;
  uiPort?: number;
  namespace?: string;
  downloadDir?: string;
}

/** A real Temporal dev server (the Temporal CLI), started and stopped with the returned handle. */
export function startTemporalDevServer(options: DevServerOptions = {}): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: temporalCliExecutable(options.downloadDir),
      dbFilename: options.dbFilename,
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      namespace: options.namespace,
      ip: '127.0.0.1',
    },
  });
}

/** Temporal's time-skipping test server: a one-year timer fires as soon as the workflow waits. */
export function startTimeSkippingServer(downloadDir?: string): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: temporalTestServerExecutable(downloadDir) },
  });
}
