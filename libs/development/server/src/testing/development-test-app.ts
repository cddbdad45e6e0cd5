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
import { developmentEnvSchema, type DevelopmentEnv } from '../lib/development-env';
import { DevelopmentModule } from '../lib/development.module';

export interface DevelopmentTestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  env: DevelopmentEnv;
  temporal: Client;
  /** The sign-off engine the cases' pre-reviews and approvals run on, with the identity stand-in. */
  approvals: ApprovalsTestApp;
  /** A client signed in as a person of the test directory, or as any principal. */
  as(who: PersonKey | Principal): TestClient;
  anonymous(): TestClient;
  close(): Promise<void>;
}

/**
 * The development service booted the way `main.ts` boots it (real PostgreSQL, real Temporal, its
 * worker bundled as production bundles it), on a free port. Beside it runs the approvals service,
 * whose sign-offs the cases start, and the identity stand-in on the identity task queue, which
 * answers lookups from the test directory and keeps what the cases record of people. Both
 * services share the database (each in its schema) and the token secret, as deployed.
 */
export async function startDevelopmentTestApp(label: string): Promise<DevelopmentTestApp> {
  const approvals = await startApprovalsTestApp(label);
  const env = loadConfig('development', developmentEnvSchema, {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: approvals.env.DATABASE_URL,
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: approvals.env.JWT_SECRET,
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_SECONDS: '5',
    FILES_DIR: mkdtempSync(join(tmpdir(), 'bastion-development-files-')),
    WORKFLOW_BUNDLE_PATH: await testWorkflowBundle('development'),
  });
  const app = await createServiceApp(
    DevelopmentModule.forRoot(env),
    { ...env, SERVICE: 'development' },
    { title: 'development (test)', description: 'test' },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}/api/development`;
  const token = (who: PersonKey | Principal) =>
    signAccessToken(typeof who === 'string' ? principalOf(who) : who, env.JWT_SECRET, 600);
  return {
    app,
    baseUrl,
    db: app.get<DataSource>(getDataSourceToken()),
    env,
    temporal: app.get<Client>(TEMPORAL_CLIENT),
    approvals,
    as: (who) => new TestClient(baseUrl, token(who), '/files'),
    anonymous: () => new TestClient(baseUrl),
    async close() {
      // The approvals side ends every running workflow (the cases too) before its stand-in stops.
      await approvals.close();
      await app.close();
      rmSync(env.FILES_DIR, { recursive: true, force: true });
    },
  };
}
