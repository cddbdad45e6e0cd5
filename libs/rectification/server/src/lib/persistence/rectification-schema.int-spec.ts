import { DataSource } from 'typeorm';
import type { ItemStatus, TrafficLight } from '@bastion/rectification-contracts';
import { trafficLight } from '@bastion/rectification-workflows';
import { dataSourceOptions, migrateWithLock } from '@bastion/platform-persistence';
import { freshDatabase } from '@bastion/platform-testing';
import { rectificationSchema } from './rectification-schema';

describe('the rectification schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(
      dataSourceOptions(rectificationSchema, { url: await freshDatabase('rectification_schema') }),
    ).initialize();
    await migrateWithLock(db, rectificationSchema.schema);
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('lights items in SQL by the same rule as the workflows', async () => {
    const statuses: ItemStatus[] = ['registered', 'in_progress', 'acceptance', 'closed', 'handed_over'];
    const deadlines = [null, '2026-03-10'];
    const ambers = [null, '2026-03-03'];
    const days = ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-10', '2026-03-11', '2027-01-01'];
    const cases = statuses.flatMap((status) =>
      deadlines.flatMap((deadline) =>
        ambers.flatMap((amberFrom) => days.map((today) => ({ status, deadline, amberFrom, today }))),
      ),
    );
    const rows = (await db.query(
      `SELECT rectification.traffic_light(c.status, c.deadline, c.amber_from, c.today) AS light
         FROM jsonb_to_recordset($1::jsonb) AS c(n int, status text, deadline date, amber_from date, today date)
        ORDER BY c.n`,
      [
        JSON.stringify(
          cases.map((c, n) => ({
            n,
            status: c.status,
            deadline: c.deadline,
            amber_from: c.amberFrom,
            today: c.today,
          })),
        ),
      ],
    )) as { light: TrafficLight }[];
    expect(rows.map((r) => r.light)).toEqual(cases.map((c) => trafficLight(c, c.today)));
    expect(new Set(rows.map((r) => r.light))).toEqual(new Set(['green', 'amber', 'red']));
  });

  it('can be migrated all the way down and up again', async () => {
    while (
      await db.query(`SELECT 1 FROM rectification.migrations LIMIT 1`).then((r: unknown[]) => r.length > 0)
    ) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    // Tables, sequences, functions and the trigram extension alike: only the migrations table is left.
    const [{ left }] = await db.query(
      `SELECT array_agg(name ORDER BY name) AS left FROM (
         SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE s.nspname = 'rectification' AND c.relkind IN ('r', 'S') AND c.relname NOT IN ('migrations', 'migrations_id_seq')
         UNION ALL
         SELECT p.proname::text FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = 'rectification'
       ) x`,
    );
    expect(left).toBeNull();
    await migrateWithLock(db, rectificationSchema.schema);
    expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
