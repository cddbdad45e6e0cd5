import { randomBytes } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from 'pg';
import type { PostgresServer } from './postgres';

export const INFRA_ENV = {
  databaseAdminUrl: 'BASTION_TEST_DATABASE_ADMIN_URL',
  temporalAddress: 'BASTION_TEST_TEMPORAL_ADDRESS',
} as const;

export interface RunningInfra {
  postgres: PostgresServer;
  temporal: TestWorkflowEnvironment;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through its "integration" target.`);
  return value;
}

/** A new, empty database on the run's PostgreSQL server, for one test file. */
export async function freshDatabase(label: string): Promise<string> {
  const adminUrl = required(INFRA_ENV.databaseAdminUrl);
  const name = `t_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** host:port of the run's Temporal dev server. */
export function temporalAddress(): string {
  return required(INFRA_ENV.temporalAddress);
}
