import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateWithLock } from '@bastion/platform-persistence';
import { freshDatabase } from '@bastion/platform-testing';
import { approvalsSchema } from './approvals-schema';

describe('the approvals schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(
      dataSourceOptions(approvalsSchema, { url: await freshDatabase('schema') }),
    ).initialize();
    await migrateWithLock(db, approvalsSchema.schema);
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('numbers requests from a sequence and keeps the ledger append-only', async () => {
    const [{ n }] = await db.query(`SELECT nextval('approvals.request_number_seq')::int AS n`);
    expect(n).toBe(1);
    const [{ triggers }] = await db.query(
      `SELECT array_agg(tgname::text ORDER BY tgname) AS triggers FROM pg_trigger WHERE tgrelid = 'approvals.ledger'::regclass AND NOT tgisinternal`,
    );
    expect(triggers).toEqual(['ledger_append_only', 'ledger_no_truncate']);
  });

  it('can be migrated all the way down and up again', async () => {
    while (
      await db.query(`SELECT 1 FROM approvals.migrations LIMIT 1`).then((r: unknown[]) => r.length > 0)
    ) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    // Tables, sequences and functions alike: nothing is left but the migrations table itself.
    const [{ left }] = await db.query(
      `SELECT array_agg(name ORDER BY name) AS left FROM (
         SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE s.nspname = 'approvals' AND c.relkind IN ('r', 'S') AND c.relname NOT IN ('migrations', 'migrations_id_seq')
         UNION ALL
         SELECT p.proname::text FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'approvals'
       ) x`,
    );
    expect(left).toBeNull();
    await migrateWithLock(db, approvalsSchema.schema);
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
