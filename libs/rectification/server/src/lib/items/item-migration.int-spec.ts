import { addDays, clock, parseLocalDate as d, workingDaysBetween } from '@bastion/calendar';
import { directory, startedForSuite } from '@bastion/platform-service-testing';
import { defaultSourceConfig, type ItemView } from '@bastion/rectification-contracts';
import { middayOf, secondRoundDeadline } from '@bastion/rectification-rules';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import { decide, inDays, item, itemWhen, openBatch, testCalendar } from '../../testing/fixtures';

/** Steps of a paper record, dated from today backwards (the ladder and the rules run on them). */
const assign = (on: string, deadline: string) => ({
  type: 'assign',
  on,
  owner: directory.ref('submitter'),
  leader: directory.ref('farmASecretary'),
  deadline,
});
const planned = (on: string, decidedOn: string) => [
  { type: 'submit_plan', on, measures: '逐月补齐会议记录', target: '记录完整' },
  { type: 'plan_decision', on: decidedOn, approved: true, signedBy: directory.ref('farmsSecretary') },
];
const text = {
  problem: '“三会一课”记录不全（纸质台账转入）',
  category: 'organisational',
  seriousness: 'general',
};

describe('an item in progress taken over from paper, over HTTP', () => {
  const t = startedForSuite(() => startRectificationTestApp('item_migration'));
  let batchId: string;

  beforeAll(async () => {
    batchId = (await openBatch(t, { feedbackDate: inDays(-120) })).row.id;
  });

  async function migrate(
    body: Record<string, unknown>,
    who: 'inspectionWu' | 'farmBSecretary' = 'inspectionWu',
  ) {
    return t.as(who).post(`/batches/${batchId}/items/migrate`, {
      text,
      orgId: directory.org('farmA').id,
      ...body,
    });
  }

  it('keeps its real dates: extension approved, acceptance failed, the second round by the rule, acceptance open live', async () => {
    const registeredOn = inDays(-100);
    const response = await migrate({
      registeredOn,
      idempotencyKey: `paper-${registeredOn}-second-round`,
      steps: [
        assign(inDays(-98), inDays(-40)),
        ...planned(inDays(-95), inDays(-90)),
        { type: 'progress', on: inDays(-80), percent: 50, note: '已补齐一半记录' },
        {
          type: 'request_extension',
          on: inDays(-50),
          newDeadline: inDays(-20),
          reason: '需协调上级档案室',
        },
        {
          type: 'extension_decision',
          on: inDays(-48),
          approved: true,
          signedBy: directory.ref('farmsSecretary'),
        },
        { type: 'evidence', on: inDays(-30), note: '纸质会议记录复印件' },
        { type: 'submit_acceptance', on: inDays(-25), note: '申请验收' },
        { type: 'acceptance_decision', on: inDays(-22), passed: false, note: '记录仍缺两个月' },
        { type: 'evidence', on: inDays(-3), note: '补齐的两个月记录' },
        { type: 'submit_acceptance', on: inDays(-2), note: '再次申请验收' },
      ],
    });
    expect(response.status).toBe(201);
    const view: ItemView = await item(t, response.body.id);

    expect(view.row).toMatchObject({
      status: 'acceptance',
      round: 2,
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      progressPercent: 50,
      evidenceCount: 2,
    });
    expect(view.record).toMatchObject({
      registeredAt: middayOf(registeredOn),
      assignedOn: inDays(-98),
      originalDeadline: inDays(-40),
    });
    // Each step on the day it was taken, not the day it was typed in.
    const on = (kind: string) => view.transitions.filter((tr) => tr.kind === kind).map((tr) => tr.at);
    expect(on('registered')).toEqual([middayOf(registeredOn)]);
    expect(on('assign')).toEqual([middayOf(inDays(-98))]);
    expect(on('extension_approved')).toEqual([middayOf(inDays(-48))]);
    expect(on('acceptance_failed')).toEqual([middayOf(inDays(-22))]);
    expect(on('submit_acceptance')).toEqual([middayOf(inDays(-25)), middayOf(inDays(-2))]);
    expect(view.transitions.find((tr) => tr.kind === 'extension_approved')!.signingLeader).toEqual(
      directory.ref('farmsSecretary'),
    );
    // The second round by the same rule as a live failure: half the first round (extension included).
    const expected = secondRoundDeadline(
      inDays(-22),
      view.record,
      defaultSourceConfig('inspection_patrol'),
      testCalendar,
    );
    expect(view.row.deadline).toBe(expected);
    const first = workingDaysBetween(d(inDays(-98)), d(inDays(-20)), testCalendar);
    expect(workingDaysBetween(d(inDays(-22)), d(view.row.deadline!), testCalendar)).toBeLessThan(first);

    // The acceptance the paper left open runs on the engine from now on.
    expect(await decide(t, view.record.pending!.requestId)).toBe('approved');
    const closed = await itemWhen(t, view.row.id, (v) => v.row.status === 'closed', 'accepted live');
    expect(closed.row.closedOn).toBe(inDays(0));
  });

  it('closed on paper, stays closed with its closing date and the look-back date the paper set', async () => {
    const response = await migrate({
      registeredOn: inDays(-60),
      steps: [
        assign(inDays(-59), inDays(-20)),
        ...planned(inDays(-58), inDays(-55)),
        { type: 'evidence', on: inDays(-40), note: '整改报告（纸质）' },
        { type: 'submit_acceptance', on: inDays(-35), note: '申请验收' },
        { type: 'acceptance_decision', on: inDays(-30), passed: true, lookBackDue: inDays(60) },
      ],
    });
    expect(response.status).toBe(201);
    const view = await item(t, response.body.id);
    expect(view.row).toMatchObject({ status: 'closed', closedOn: inDays(-30), light: 'green' });
    expect(view.record.lookBack).toEqual({ due: inDays(60), result: null, on: null });
    expect(view.transitions.find((tr) => tr.kind === 'accepted')!.at).toBe(middayOf(inDays(-30)));
  });

  it('is refused whole, every problem listed by step, and nothing is started', async () => {
    const before = await count();
    const response = await migrate({
      registeredOn: inDays(-130),
      steps: [
        assign(inDays(-98), inDays(-60)),
        ...planned(inDays(-95), inDays(-97)),
        { type: 'request_extension', on: inDays(-50), newDeadline: inDays(-10), reason: '逾期后才申请' },
        { type: 'submit_acceptance', on: inDays(-45), note: '无佐证材料' },
        { type: 'evidence', on: addDays(clock.today(), 5), note: '未来的材料' },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('MIGRATION_INVALID');
    const fields = response.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['registeredOn', 'steps.2.on', 'steps.3.newDeadline', 'steps.5.on']),
    );
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 3, type: 'request_extension', code: 'EXTENSION_TOO_LATE' }),
        expect.objectContaining({ index: 4, type: 'submit_acceptance' }),
      ]),
    );
    expect(await count()).toBe(before);
  });

  it('is taken only by a supervisor of the inspected organisation', async () => {
    const response = await migrate({ registeredOn: inDays(-10), steps: [] }, 'farmBSecretary');
    expect(response.status).toBe(404);
  });

  async function count(): Promise<number> {
    const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM rectification.item WHERE batch_id = $1`, [
      batchId,
    ])) as { n: number }[];
    return row!.n;
  }
});
