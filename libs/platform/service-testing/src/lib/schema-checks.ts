import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateWithLock, type ServiceSchema } from '@bastion/platform-persistence';
import { freshDatabase } from '@bastion/platform-testing';

/** A service's schema on a fresh database of the run's server, migrated to the latest. */
export async function migratedSchema(service: ServiceSchema, label: string): Promise<DataSource> {
  const db = await new DataSource(
    dataSourceOptions(service, { url: await freshDatabase(label) }),
  ).initialize();
  await migrateWithLock(db, service.schema);
  return db;
}

/** What TypeORM would still change for the entities to match the database: nothing, when the migrations are right. */
export async function pendingSchemaChanges(db: DataSource): Promise<string[]> {
  return (await db.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
}

/** Reverts every migration of the schema, newest first. */
export async function revertAllMigrations(db: DataSource, schema: string): Promise<void> {
  while ((await db.query(`SELECT 1 FROM "${schema}".migrations LIMIT 1`)).length > 0) {
    await db.undoLastMigration({ transaction: 'each' });
  }
}

/** Tables, sequences and functions in the schema besides the migrations table: none once every migration is reverted. */
export async function objectsLeftIn(db: DataSource, schema: string): Promise<string[]> {
  const rows = (await db.query(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
      WHERE s.nspname = $1 AND c.relkind IN ('r', 'S') AND c.relname NOT IN ('migrations', 'migrations_id_seq')
     UNION ALL
     SELECT p.proname::text FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = $1
     ORDER BY 1`,
    [schema],
  )) as { name: string }[];
  return rows.map((r) => r.name);
}
