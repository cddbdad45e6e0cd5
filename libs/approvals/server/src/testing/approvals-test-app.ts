import type { Client } from '@temporalio/client';
import type { ServiceEnv } from '@bastion/platform-config';
import {
  type IdentityStandIn,
  type ServiceUnderTest,
  startIdentityStandIn,
  startServiceUnderTest,
  testWorkflowBundle,
} from '@bastion/platform-service-testing';
import type { ServiceProgram } from '@bastion/platform-http';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';
import type { ApprovalsEnv } from '../lib/approvals-env';
import { approvalsService } from '../lib/approvals-service';

export interface ApprovalsTestApp extends ServiceUnderTest<ApprovalsEnv> {
  temporal: Client;
}

/**
 * The approvals service as it runs in production (same bootstrap, real PostgreSQL, real
 * Temporal), on a fresh database, listening on a free port; beside it, a worker on the identity
 * task queue answering from the test directory.
 */
export async function startApprovalsTestApp(
  label: string,
  overrides: Record<string, string> = {},
): Promise<ApprovalsTestApp> {
  const service = await startServiceUnderTest({
    program: approvalsService,
    label,
    folders: ['ATTACHMENTS_DIR'],
    env: { WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('approvals'), ...overrides },
    uploadPath: '/attachments',
  });
  // The approvals worker installs the Temporal runtime; the identity stand-in comes after it.
  const identity: IdentityStandIn = await startIdentityStandIn();
  const temporal = service.app.get<Client>(TEMPORAL_CLIENT);
  return {
    ...service,
    temporal,
    async close() {
      // Requests this file left running must not wake up in the next file's worker.
      await terminateRunning(temporal);
      await identity.stop();
      await service.close();
    },
  };
}

async function terminateRunning(temporal: Client): Promise<void> {
  for await (const execution of temporal.workflow.list({ query: 'ExecutionStatus = "Running"' })) {
    await temporal.workflow
      .getHandle(execution.workflowId, execution.runId)
      .terminate('the test is over')
      .catch(() => undefined);
  }
}

/** A service of another domain under test, with the sign-off engine its sign-offs run on. */
export interface BesideApprovals<E extends ServiceEnv> extends ServiceUnderTest<E> {
  temporal: Client;
  /** The sign-off engine beside it, on the same database and Temporal, with the identity stand-in. */
  approvals: ApprovalsTestApp;
}

/**
 * A procedure service (development, rectification) booted beside the approvals service, as
 * deployed: both take the same database (each its own schema) and the same token secret; its
 * worker loads its workflows bundled as production bundles them, and it keeps uploads (`/files`)
 * in a folder made for the test. Closing it ends every running workflow (the service's too)
 * before the engine and the identity stand-in stop.
 */
export async function startBesideApprovals<E extends ServiceEnv>(
  label: string,
  program: ServiceProgram<E>,
): Promise<BesideApprovals<E>> {
  const approvals = await startApprovalsTestApp(label);
  const service = await startServiceUnderTest({
    program,
    folders: ['FILES_DIR'],
    uploadPath: '/files',
    env: {
      DATABASE_URL: approvals.env.DATABASE_URL,
      JWT_SECRET: approvals.env.JWT_SECRET,
      WORKFLOW_BUNDLE_PATH: await testWorkflowBundle(program.name),
    },
  });
  return {
    ...service,
    temporal: service.app.get<Client>(TEMPORAL_CLIENT),
    approvals,
    async close() {
      await approvals.close();
      await service.close();
    },
  };
}
