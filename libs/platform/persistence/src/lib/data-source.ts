import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { ServiceSchema } from './service-schema';

export interface DataSourceSettings {
  url: string;
  logging?: boolean;
  poolSize?: number;
  applicationName?: string;
}

export function dataSourceOptions(
  service: ServiceSchema,
  settings: DataSourceSettings,
): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: service.schema,
    entities: service.entities,
    migrations: service.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: settings.logging ? ['query', 'error'] : ['error'],
    poolSize: settings.poolSize ?? 10,
    applicationName: settings.applicationName ?? service.schema,
    extra: { statement_timeout: 30_000 },
  };
}

/**
 * Opens a service's data source and brings its schema up to date. An advisory lock keeps two
 * replicas starting together from running the same migration twice.
 */
export async function openMigratedDataSource(options: PostgresConnectionOptions): Promise<DataSource> {
  if (!options.schema) throw new Error('A service data source must name its schema.');
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    await migrateWithLock(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

export async function migrateWithLock(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`bastion-migrations:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`bastion-migrations:${schema}`]);
    await runner.release();
  }
}
