import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { signAccessToken, type Principal } from '@bastion/platform-auth';
import { loadConfig } from '@bastion/platform-config';
import { createServiceApp } from '@bastion/platform-http';
import {
  type IdentityStandIn,
  type PersonKey,
  principalOf,
  startIdentityStandIn,
  TestClient,
  testWorkflowBundle,
} from '@bastion/platform-service-testing';
import { freshDatabase, temporalAddress } from '@bastion/platform-testing';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';
import { approvalsEnvSchema, type ApprovalsEnv } from '../lib/approvals-env';
import { ApprovalsModule } from '../lib/approvals.module';

export interface ApprovalsTestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  env: ApprovalsEnv;
  temporal: Client;
  /** A client signed in as a person of the test directory, or as any principal. */
  as(who: PersonKey | Principal): TestClient;
  close(): Promise<void>;
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
  const env = loadConfig('approvals', approvalsEnvSchema, {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: await freshDatabase(label),
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_SECONDS: '5',
    ATTACHMENTS_DIR: mkdtempSync(join(tmpdir(), 'bastion-attachments-')),
    WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('approvals'),
    ...overrides,
  });
  const app = await createServiceApp(
    ApprovalsModule.forRoot(env),
    { ...env, SERVICE: 'approvals' },
    { title: 'approvals (test)', description: 'test' },
  );
  await app.listen(0, '127.0.0.1');
  // The approvals worker installs the Temporal runtime; the identity stand-in comes after it.
  const identity: IdentityStandIn = await startIdentityStandIn();
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}/api/approvals`;
  const temporal = app.get<Client>(TEMPORAL_CLIENT);
  return {
    app,
    baseUrl,
    db: app.get<DataSource>(getDataSourceToken()),
    env,
    temporal,
    as: (who) =>
      new TestClient(
        baseUrl,
        signAccessToken(typeof who === 'string' ? principalOf(who) : who, env.JWT_SECRET, 600),
        '/attachments',
      ),
    async close() {
      // Requests this file left running must not wake up in the next file's worker.
      await terminateRunning(temporal);
      await identity.stop();
      await app.close();
      rmSync(env.ATTACHMENTS_DIR, { recursive: true, force: true });
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
