import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@bastion/platform-config';
import { createServiceApp } from '@bastion/platform-http';
import { freshDatabase, temporalAddress } from '@bastion/platform-testing';
import { identityEnvSchema, type IdentityEnv } from '../lib/identity-env';
import { IdentityModule } from '../lib/identity.module';
import {
  type IdentityDataset,
  type ImportedIds,
  importIdentityDataset,
} from '../lib/dataset/identity-dataset';
import { IdNumberVault } from '../lib/people/id-number';

export interface IdentityTestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  env: IdentityEnv;
  ids: ImportedIds;
  close(): Promise<void>;
}

/**
 * The identity service as it runs in production (same bootstrap, real PostgreSQL, real Temporal),
 * on a fresh database loaded with `dataset`, listening on a free port.
 */
export async function startIdentityTestApp(
  label: string,
  dataset: IdentityDataset,
  overrides: Record<string, string> = {},
): Promise<IdentityTestApp> {
  const env = loadConfig('identity', identityEnvSchema, {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: await freshDatabase(label),
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ID_NUMBER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'error',
    SHUTDOWN_GRACE_SECONDS: '5',
    ...overrides,
  });
  const app = await createServiceApp(
    IdentityModule.forRoot(env),
    { ...env, SERVICE: 'identity' },
    {
      title: 'identity (test)',
      description: 'test',
    },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const db = app.get<DataSource>(getDataSourceToken());
  const ids = await importIdentityDataset(
    db,
    dataset,
    new IdNumberVault(Buffer.from(env.ID_NUMBER_KEY, 'base64')),
  );
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}/api/identity`,
    db,
    env,
    ids,
    close: () => app.close(),
  };
}
