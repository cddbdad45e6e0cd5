import { directory, type PersonKey, startedForSuite } from '@bastion/platform-service-testing';
import type { ItemRow } from '@bastion/rectification-contracts';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { daysBetween, clock, parseLocalDate } from '@bastion/calendar';
import { inDays, inWorkingDays, itemWhen, openBatch, registerItem, step } from '../../testing/fixtures';
import { sheetValues } from '../../testing/import-workbook';

/**
 * Lists, counts, the ledger export and the board over a known set of items:
 *
 *   patrol batch (测试林业局党委)   green   甲林场  assigned to 赵一 under 王甲书, named supervision, due in 30 days
 *                                  amber   乙林场  due in 2 days
 *                                  red     木材加工厂  due 3 days ago (a date from the paper records)
 *                                  closed  甲林场  fixed on the spot, no deadline
 *   self-inspection (甲林场党支部)   green   甲林场  “林场防火”, due in 10 working days (past the amber window
 *                                          even when a week-long holiday comes first)
 */
describe('item lists, counts, export and board', () => {
  const t = startedForSuite(() => startRectificationTestApp('item_lists'));
  let patrol: string;
  let own: string;
  const ids: Record<'green' | 'amber' | 'red' | 'closed' | 'ownGreen', string> = {} as never;
  const ownGreenDeadline = inWorkingDays(10);

  beforeAll(async () => {
    patrol = (await openBatch(t)).row.id;
    own = (
      await openBatch(
        t,
        { source: 'self_inspection', title: '甲林场支部自查', inspectedOrgId: directory.org('farmA').id },
        'farmASecretary',
      )
    ).row.id;
    ids.green = await registerItem(t, patrol, { deadline: inDays(30) });
    ids.amber = await registerItem(t, patrol, { orgId: directory.org('farmB').id, deadline: inDays(2) });
    ids.red = await registerItem(t, patrol, { orgId: directory.org('mill').id, deadline: inDays(-3) });
    ids.closed = await registerItem(t, patrol, { fixedOnSpot: { note: '已当场整改' } });
    ids.ownGreen = await registerItem(
      t,
      own,
      {
        text: { problem: '林场防火责任制未落实', category: 'business', seriousness: 'serious' },
        deadline: ownGreenDeadline,
      },
      'farmASecretary',
    );
    await step(t, 'inspectionWu', ids.green, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(30),
    });
    await step(t, 'inspectionWu', ids.green, 'named_supervision', { on: true });
    for (const id of Object.values(ids))
      await itemWhen(t, id, (v) => v.record.version >= 1, 'workflow on record');
  });

  const list = (query: string, who: PersonKey = 'inspectionWu') =>
    t
      .as(who)
      .get(`/items?limit=100&${query}`)
      .then((r) => {
        if (r.status !== 200) throw new Error(`${query}: ${r.status} ${JSON.stringify(r.body)}`);
        return (r.body.items as ItemRow[]).map((i) => i.id).sort();
      });
  const sorted = (...keys: (keyof typeof ids)[]) => keys.map((k) => ids[k]).sort();

  it('filters by every field of the list', async () => {
    expect(await list(`batchId=${patrol}`)).toEqual(sorted('green', 'amber', 'red', 'closed'));
    expect(await list('source=self_inspection')).toEqual(sorted('ownGreen'));
    expect(await list(`orgId=${directory.org('farms').id}`)).toEqual(
      sorted('green', 'amber', 'closed', 'ownGreen'),
    );
    expect(await list(`orgId=${directory.org('farmA').id}`)).toEqual(sorted('green', 'closed', 'ownGreen'));
    expect(await list(`ownerId=${directory.person('submitter').id}`)).toEqual(sorted('green'));
    expect(await list(`leaderId=${directory.person('farmASecretary').id}`)).toEqual(sorted('green'));
    expect(await list('status=closed')).toEqual(sorted('closed'));
    expect(await list('status=registered')).toEqual(sorted('amber', 'red', 'ownGreen'));
    expect(await list('light=red')).toEqual(sorted('red'));
    expect(await list('light=amber')).toEqual(sorted('amber'));
    expect(await list('light=green')).toEqual(sorted('green', 'closed', 'ownGreen'));
    expect(await list('reopened=true')).toEqual([]);
    expect(await list('reopened=false')).toHaveLength(5);
    expect(await list('namedSupervision=true')).toEqual(sorted('green'));
    expect(await list(`dueFrom=${inDays(0)}&dueTo=${ownGreenDeadline}`)).toEqual(sorted('amber', 'ownGreen'));
    expect(await list(`q=${encodeURIComponent('防火')}`)).toEqual(sorted('ownGreen'));
    const number = (await t.as('inspectionWu').get(`/items/${ids.red}`)).body.row.number as string;
    expect(await list(`q=${number}`)).toEqual(sorted('red'));
  });

  it('shows each caller only the items in their reach', async () => {
    expect(await list('', 'farmASecretary')).toEqual(sorted('green', 'closed', 'ownGreen'));
    expect(await list('', 'farmBSecretary')).toEqual(sorted('amber'));
    expect(await list('', 'farmsSecretary')).toEqual(sorted('green', 'amber', 'closed', 'ownGreen'));
    // The person in charge sees the item they answer for, and nothing else.
    expect(await list('', 'submitter')).toEqual(sorted('green'));
    expect(await list('', 'farmAMember')).toEqual([]);
    expect(await list('', 'otherSecretary')).toEqual([]);
  });

  it('gives the light and the countdown of each row', async () => {
    const rows = (await t.as('inspectionWu').get('/items?sort=deadline&limit=100')).body.items as ItemRow[];
    expect(rows.map((r) => [r.id, r.light, r.daysLeft])).toEqual([
      [ids.red, 'red', -3],
      [ids.amber, 'amber', 2],
      [ids.ownGreen, 'green', daysBetween(clock.today(), parseLocalDate(ownGreenDeadline))],
      [ids.green, 'green', 30],
      // No deadline: last, and no countdown.
      [ids.closed, 'green', null],
    ]);
  });

  it.each(['deadline', 'registered', 'number'])(
    'pages by keyset in %s order with a stable total',
    async (sort) => {
      const all = (await t.as('inspectionWu').get(`/items?sort=${sort}&limit=100`)).body.items.map(
        (i: ItemRow) => i.id,
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t
          .as('inspectionWu')
          .get(`/items?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.body.total).toBe(5);
        seen.push(...page.body.items.map((i: ItemRow) => i.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
      expect((await t.as('inspectionWu').get('/items?cursor=not-a-cursor')).status).toBe(400);
    },
  );

  it('counts by status and light under the same filters', async () => {
    const counts = (await t.as('inspectionWu').get(`/items/counts?batchId=${patrol}`)).body;
    expect(counts).toEqual({
      total: 4,
      byStatus: {
        registered: 2,
        assigned: 1,
        plan_approval: 0,
        in_progress: 0,
        acceptance: 0,
        closed: 1,
        handed_over: 0,
        terminated: 0,
      },
      byLight: { green: 2, amber: 1, red: 1 },
    });
    expect((await t.as('farmBSecretary').get('/items/counts')).body.total).toBe(1);
    expect((await t.as('inspectionWu').get('/items/counts?light=red')).body.total).toBe(1);
  });

  it('exports the ledger: one row per item in reach, with its owner and its step dates', async () => {
    const file = await t.as('inspectionWu').download(`/export.xlsx?batchId=${patrol}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const [header, ...rows] = await sheetValues(file.bytes);
    const column = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(4);
    const numbers = rows.map((r) => r[column('编号')] as string);
    expect(numbers).toEqual([...numbers].sort());
    const green = rows.find((r) => r[column('责任人')] === '赵一')!;
    expect(green[column('分管领导')]).toBe('王甲书');
    expect(green[column('状态')]).toBe('已交办');
    expect(green[column('立项日期')]).toBe(inDays(0));
    expect(green[column('交办日期')]).toBe(inDays(0));
    expect(green[column('整改时限')]).toBe(inDays(30));
    const mine = await sheetValues((await t.as('farmBSecretary').download('/export.xlsx')).bytes);
    expect(mine).toHaveLength(2);
  });

  it('draws the board of a batch: the most urgent first, and progress down the tree', async () => {
    const board = (await t.as('inspectionWu').get(`/board?batchId=${patrol}`)).body;
    expect(board.today).toBe(inDays(0));
    expect(board.items.map((i: ItemRow) => i.id)).toEqual([ids.red, ids.amber, ids.green, ids.closed]);
    expect(board.itemsTruncated).toBe(false);
    expect(board.byOrg).toEqual([
      {
        org: { id: directory.org('bureau').id, name: '测试林业局党委' },
        depth: 0,
        total: 4,
        closed: 1,
        green: 2,
        amber: 1,
        red: 1,
      },
      {
        org: { id: directory.org('farms').id, name: '测试林场党总支' },
        depth: 1,
        total: 3,
        closed: 1,
        green: 2,
        amber: 1,
        red: 0,
      },
      {
        org: { id: directory.org('farmA').id, name: '甲林场党支部' },
        depth: 2,
        total: 2,
        closed: 1,
        green: 2,
        amber: 0,
        red: 0,
      },
      {
        org: { id: directory.org('farmB').id, name: '乙林场党支部' },
        depth: 2,
        total: 1,
        closed: 0,
        green: 0,
        amber: 1,
        red: 0,
      },
      {
        org: { id: directory.org('mill').id, name: '木材加工厂党支部' },
        depth: 1,
        total: 1,
        closed: 0,
        green: 0,
        amber: 0,
        red: 1,
      },
    ]);
  });

  it('draws the board of an organisation in reach, and of none outside it', async () => {
    const board = (await t.as('farmASecretary').get(`/board?orgId=${directory.org('farmA').id}`)).body;
    expect(board.items.map((i: ItemRow) => i.id).sort()).toEqual(sorted('green', 'closed', 'ownGreen'));
    expect(board.byOrg).toEqual([expect.objectContaining({ depth: 0, total: 3, closed: 1 })]);
    expect((await t.as('farmASecretary').get(`/board?orgId=${directory.org('bureau').id}`)).status).toBe(404);
    expect((await t.as('inspectionWu').get('/board')).status).toBe(400);
  });
});
