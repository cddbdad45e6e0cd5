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

/**
 * The checks every service's schema passes, with the service's own between them (`more`, which
 * reads the migrated database through `db()`): the migrations make exactly what the entities
 * describe, and revert to nothing and migrate up again.
 */
export function describeServiceSchema(
  service: ServiceSchema,
  label: string,
  more: (db: () => DataSource) => void = () => undefined,
): void {
  describe(`the ${service.schema} schema`, () => {
    let db: DataSource;

    beforeAll(async () => {
      db = await migratedSchema(service, label);
    });
    afterAll(() => db.destroy());

    it('is exactly what the entities describe once the migrations have run', async () => {
      expect(await pendingSchemaChanges(db)).toEqual([]);
    });

    more(() => db);

    it('can be migrated all the way down and up again', async () => {
      await revertAllMigrations(db, service.schema);
      // Tables, sequences, functions and extensions alike: only the migrations table is left.
      expect(await objectsLeftIn(db, service.schema)).toEqual([]);
      await migrateWithLock(db, service.schema);
      expect(await pendingSchemaChanges(db)).toEqual([]);
    });
  });
}
