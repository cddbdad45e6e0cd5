import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { type ApprovalsTestApp, startApprovalsTestApp } from '@bastion/approvals-server/testing';
import { signAccessToken, type Principal } from '@bastion/platform-auth';
import { loadConfig } from '@bastion/platform-config';
import { createServiceApp } from '@bastion/platform-http';
import {
  type PersonKey,
  principalOf,
  TestClient,
  testWorkflowBundle,
} from '@bastion/platform-service-testing';
import { TEMPORAL_CLIENT } from '@bastion/platform-temporal';
import { temporalAddress } from '@bastion/platform-testing';
import { rectificationEnvSchema, type RectificationEnv } from '../lib/rectification-env';
import { RectificationModule } from '../lib/rectification.module';

export interface RectificationTestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  env: RectificationEnv;
  temporal: Client;
  /** The sign-off engine beside it, on the same database and Temporal, with the identity stand-in. */
  approvals: ApprovalsTestApp;
  /** A client signed in as a person of the test directory, or as any principal. */
  as(who: PersonKey | Principal): TestClient;
  /** A client without a token. */
  anonymous(): TestClient;
  close(): Promise<void>;
}

/**
 * The rectification service as it runs in production (same bootstrap, real PostgreSQL, real
 * Temporal), listening on a free port, with the approvals service beside it so that plan,
 * acceptance, extension and report sign-offs run on the real engine, and a worker on the
 * identity task queue answering from the test directory. Both services take the same database
 * (each its own schema) and the same token secret, as in a deployment.
 */
export async function startRectificationTestApp(label: string): Promise<RectificationTestApp> {
  const approvals = await startApprovalsTestApp(label);
  const env = loadConfig('rectification', rectificationEnvSchema, {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: approvals.env.DATABASE_URL,
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: approvals.env.JWT_SECRET,
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_SECONDS: '5',
    FILES_DIR: mkdtempSync(join(tmpdir(), 'bastion-rectification-files-')),
    WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('rectification'),
  });
  const app = await createServiceApp(
    RectificationModule.forRoot(env),
    { ...env, SERVICE: 'rectification' },
    { title: 'rectification (test)', description: 'test' },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}/api/rectification`;
  return {
    app,
    baseUrl,
    db: app.get<DataSource>(getDataSourceToken()),
    env,
    temporal: app.get<Client>(TEMPORAL_CLIENT),
    approvals,
    as: (who) =>
      new TestClient(
        baseUrl,
        signAccessToken(typeof who === 'string' ? principalOf(who) : who, env.JWT_SECRET, 600),
        '/files',
      ),
    anonymous: () => new TestClient(baseUrl),
    async close() {
      // Terminates every running workflow (items and batches too), then stops the engine and the stand-in.
      await approvals.close();
      await app.close();
      rmSync(env.FILES_DIR, { recursive: true, force: true });
    },
  };
}
