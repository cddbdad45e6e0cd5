import type { DataSource } from 'typeorm';
import { migrateWithLock } from '@bastion/platform-persistence';
import {
  migratedSchema,
  objectsLeftIn,
  pendingSchemaChanges,
  revertAllMigrations,
} from '@bastion/platform-service-testing';
import { approvalsSchema } from './approvals-schema';

describe('the approvals schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await migratedSchema(approvalsSchema, 'schema');
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
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
    await revertAllMigrations(db, approvalsSchema.schema);
    // Tables, sequences and functions alike: nothing is left but the migrations table itself.
    expect(await objectsLeftIn(db, approvalsSchema.schema)).toEqual([]);
    await migrateWithLock(db, approvalsSchema.schema);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});
