import type { DataSource } from 'typeorm';
import type { ItemStatus, TrafficLight } from '@bastion/rectification-contracts';
import { trafficLight } from '@bastion/rectification-workflows';
import { migrateWithLock } from '@bastion/platform-persistence';
import {
  migratedSchema,
  objectsLeftIn,
  pendingSchemaChanges,
  revertAllMigrations,
} from '@bastion/platform-service-testing';
import { rectificationSchema } from './rectification-schema';

describe('the rectification schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await migratedSchema(rectificationSchema, 'rectification_schema');
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
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
    await revertAllMigrations(db, rectificationSchema.schema);
    // Tables, sequences, functions and the trigram extension alike: only the migrations table is left.
    expect(await objectsLeftIn(db, rectificationSchema.schema)).toEqual([]);
    await migrateWithLock(db, rectificationSchema.schema);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});
