import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateWithLock } from '@bastion/platform-persistence';
import { freshDatabase } from '@bastion/platform-testing';
import { identitySchema } from './identity-schema';

describe('the identity schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(
      dataSourceOptions(identitySchema, { url: await freshDatabase('schema') }),
    ).initialize();
    await migrateWithLock(db, identitySchema.schema);
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be migrated all the way down and up again', async () => {
    while (await db.query(`SELECT 1 FROM identity.migrations LIMIT 1`).then((r: unknown[]) => r.length > 0)) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'identity' AND table_name <> 'migrations'`,
    );
    expect(n).toBe(0);
    await migrateWithLock(db, identitySchema.schema);
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
