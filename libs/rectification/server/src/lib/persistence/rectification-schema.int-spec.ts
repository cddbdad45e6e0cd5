import {
  batchInputSchema,
  defaultSourceConfig,
  itemInputSchema,
  type ItemRecord,
  type ItemStatus,
  type TrafficLight,
} from '@bastion/rectification-contracts';
import { initialBatchRecord, initialItemRecord, trafficLight } from '@bastion/rectification-rules';
import { describeServiceSchema } from '@bastion/platform-service-testing';
import { BatchWriter } from '../activities/batch-writer';
import { lightCondition } from '../items/item-filters';
import { ItemWriter } from '../activities/item-writer';
import { rectificationSchema } from './rectification-schema';

describeServiceSchema(rectificationSchema, 'rectification_schema', (db) => {
  const statuses: ItemStatus[] = ['registered', 'in_progress', 'acceptance', 'closed', 'handed_over'];
  const deadlines = [null, '2026-03-10'];
  const ambers = [null, '2026-03-03'];
  const days = ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-10', '2026-03-11', '2027-01-01'];
  const cases = statuses.flatMap((status) =>
    deadlines.flatMap((deadline) =>
      ambers.flatMap((amberFrom) => days.map((today) => ({ status, deadline, amberFrom, today }))),
    ),
  );

  it('lights items in SQL by the same rule as the workflows', async () => {
    const rows = (await db().query(
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

  it('filters by light with conditions on the columns that agree with the rule, each item under one light', async () => {
    // The conditions as the list uses them, read against a table of cases instead of items.
    const on = (light: TrafficLight) =>
      lightCondition(light).replaceAll('CAST(:today AS date)', 'c.today').replaceAll('i.', 'c.');
    const rows = (await db().query(
      `SELECT CASE WHEN ${on('red')} THEN 'red' WHEN ${on('amber')} THEN 'amber' WHEN ${on('green')} THEN 'green' END AS light,
              COALESCE((${on('red')})::int, 0) + COALESCE((${on('amber')})::int, 0) + COALESCE((${on('green')})::int, 0) AS lights
         FROM jsonb_to_recordset($1::jsonb) AS c(n int, status text, deadline date, due_sort date, amber_from date, today date)
        ORDER BY c.n`,
      [
        JSON.stringify(
          cases.map((c, n) => ({
            n,
            status: c.status,
            deadline: c.deadline,
            due_sort: c.deadline ?? '9999-12-31',
            amber_from: c.amberFrom,
            today: c.today,
          })),
        ),
      ],
    )) as { light: TrafficLight; lights: number }[];
    expect(rows.map((r) => r.light)).toEqual(cases.map((c) => trafficLight(c, c.today)));
    expect(rows.every((r) => r.lights === 1)).toBe(true);
  });

  it('keeps the newest record of an item and each transition once, however often it is written', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const org = { id: id(3), name: '甲林场党支部', idPath: `/${id(4)}/${id(3)}/` };
    const config = defaultSourceConfig('self_inspection');
    const registeredBy = { personId: id(5), name: '王甲书' };
    const batch = initialBatchRecord(
      batchInputSchema.parse({
        batchId: id(1),
        source: 'self_inspection',
        title: '自查',
        feedbackDate: '2026-03-01',
        inspectedOrg: org,
        config,
        createdBy: registeredBy,
      }),
      '2026-03-01T01:00:00.000Z',
    );
    await new BatchWriter(db()).insertNew(batch, config);
    const first = initialItemRecord(
      itemInputSchema.parse({
        itemId: id(2),
        batchId: id(1),
        source: 'self_inspection',
        config,
        org,
        registeredBy,
        text: { problem: '记录不全', category: 'other', seriousness: 'general' },
      }),
      '2026-03-01T02:00:00.000Z',
    );
    const items = new ItemWriter(db());
    expect(await items.insertNew([first])).toBe(1);
    expect(await items.insertNew([first])).toBe(0);
    const newer: ItemRecord = {
      ...first,
      status: 'assigned',
      version: 2,
      transitions: [
        ...first.transitions,
        { ...first.transitions[0]!, seq: 2, kind: 'assign', to: 'assigned' },
      ],
    };
    const older: ItemRecord = { ...first, progressPercent: 99, version: 1 };
    await Promise.all([items.persist(newer), items.persist(newer)]);
    await items.persist(older);
    const [row] = await db().query(
      `SELECT number, status, version, progress FROM rectification.item WHERE id = $1`,
      [id(2)],
    );
    expect(row).toEqual({
      number: expect.stringMatching(/^ZG2026-\d{6}$/),
      status: 'assigned',
      version: 2,
      progress: 0,
    });
    const transitions = await db().query(
      `SELECT seq, kind FROM rectification.transition WHERE item_id = $1 ORDER BY seq`,
      [id(2)],
    );
    expect(transitions).toEqual([
      { seq: 1, kind: 'registered' },
      { seq: 2, kind: 'assign' },
    ]);
  });
});
