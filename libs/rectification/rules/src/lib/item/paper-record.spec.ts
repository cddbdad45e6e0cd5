import { chinaHolidayCalendar } from '@bastion/calendar';
import type { PaperItemStepInput, PaperRecord } from '@bastion/rectification-contracts';
import { paperRecordSchema } from '@bastion/rectification-contracts';
import { itemInput, noon, people } from '../../testing/fixtures';
import { secondRoundDeadline } from '../deadlines';
import { paperItemRecord } from './paper-record';

let requests = 0;
const take = (registeredOn: string, steps: PaperItemStepInput[], today = '2026-06-30', deadline?: string) =>
  paperItemRecord(
    itemInput({ deadline: deadline ?? null, paper: paperRecordSchema.parse({ registeredOn, steps }) as PaperRecord }),
    {
      today,
      calendar: chinaHolidayCalendar,
      requestId: () => `00000000-0000-4000-c000-${String(++requests).padStart(12, '0')}`,
      workflowId: (kind, step) => `approval/rectification-item/x/${kind}-${step}`,
    },
  );

const assign = (on: string, deadline: string): PaperItemStepInput => ({
  type: 'assign',
  on,
  owner: people.owner,
  leader: people.leader,
  deadline,
});
const plan = (on: string, decidedOn: string): PaperItemStepInput[] => [
  { type: 'submit_plan', on, measures: '逐月补齐会议记录', target: '记录完整' },
  { type: 'plan_decision', on: decidedOn, approved: true, signedBy: people.committeeSecretary },
];
const evidence = (on: string): PaperItemStepInput => ({ type: 'evidence', on, note: '补齐的会议记录（纸质）' });
/** Assigned on 2026-03-02, plan approved, evidence filed and acceptance asked for on 2026-03-17. */
const toAcceptance = (deadline: string): PaperItemStepInput[] => [
  assign('2026-03-02', deadline),
  ...plan('2026-03-03', '2026-03-04'),
  evidence('2026-03-16'),
  { type: 'submit_acceptance', on: '2026-03-17', note: '申请验收' },
];

describe('an item taken over from paper (纸质台账)', () => {
  it('keeps its real dates: registered, assigned, plan approved, each on the day it was taken', () => {
    const { item, problems, openSignOffs } = take('2026-03-02', [
      assign('2026-03-03', '2026-06-30'),
      ...plan('2026-03-05', '2026-03-10'),
      { type: 'progress', on: '2026-04-01', percent: 40, note: '已补齐两个月记录' },
    ]);
    expect(problems).toEqual([]);
    expect(openSignOffs).toEqual([]);
    expect(item).toMatchObject({
      status: 'in_progress',
      registeredAt: noon('2026-03-02'),
      assignedOn: '2026-03-03',
      deadline: '2026-06-30',
      progressPercent: 40,
    });
    const kinds = item.transitions.map((t) => [t.kind, t.at.slice(0, 10)]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['registered', '2026-03-02'],
        ['assign', '2026-03-03'],
        ['submit_plan', '2026-03-05'],
        ['plan_approved', '2026-03-10'],
        ['progress', '2026-04-01'],
      ]),
    );
    expect(item.transitions.find((t) => t.kind === 'plan_approved')!.signingLeader).toEqual(
      people.committeeSecretary,
    );
    // Decided on paper: neither the submission nor the decision points at an approval request.
    expect(item.transitions.filter((t) => t.requestId)).toEqual([]);
  });

  it('applies an extension approved on paper as the new deadline, the original kept', () => {
    const { item, problems } = take('2026-03-02', [
      assign('2026-03-03', '2026-04-30'),
      ...plan('2026-03-05', '2026-03-10'),
      { type: 'request_extension', on: '2026-04-20', newDeadline: '2026-06-30', reason: '需上级政策支持' },
      { type: 'extension_decision', on: '2026-04-24', approved: true },
    ]);
    expect(problems).toEqual([]);
    expect(item).toMatchObject({ deadline: '2026-06-30', originalDeadline: '2026-04-30', pendingExtension: null });
  });

  it('gives a failed acceptance the second round the rule allows, and refuses a longer one', () => {
    const steps = toAcceptance('2026-03-20');
    const failed = take('2026-03-02', [
      ...steps,
      { type: 'acceptance_decision', on: '2026-03-18', passed: false, note: '佐证不足' },
    ]);
    expect(failed.problems).toEqual([]);
    // 14 working days in the first round: the second gets 7.
    expect(failed.item).toMatchObject({ status: 'in_progress', round: 2, deadline: '2026-03-27' });

    const tooLong = take('2026-03-02', [
      ...steps,
      { type: 'acceptance_decision', on: '2026-03-18', passed: false, newDeadline: '2026-04-30' },
    ]);
    expect(tooLong.problems).toEqual([
      expect.objectContaining({ index: 5, field: 'steps.5.newDeadline', code: 'BAD_DATE' }),
    ]);
    expect(tooLong.problems[0]!.problem).toContain('2026-03-27');
  });

  it('closes an item accepted on paper on its date, its look-back on the date the paper set', () => {
    const { item, problems } = take('2026-03-02', [
      ...toAcceptance('2026-03-20'),
      { type: 'acceptance_decision', on: '2026-03-19', passed: true, lookBackDue: '2026-08-31' },
    ]);
    expect(problems).toEqual([]);
    expect(item).toMatchObject({ status: 'closed', closedOn: '2026-03-19', lookBack: { due: '2026-08-31' } });
  });

  it('leaves a sign-off the paper record opened to run live from now on', () => {
    const { item, openSignOffs } = take('2026-03-02', toAcceptance('2026-06-30'));
    expect(item.status).toBe('acceptance');
    expect(openSignOffs).toEqual(['acceptance']);
    // The one left open runs live: its submission points at the request that will run.
    expect(item.transitions.find((t) => t.kind === 'submit_acceptance')!.requestId).toBe(item.pending!.requestId);
  });

  it('runs the warning ladder between the steps: a deadline missed on paper shows its 告诫书 the day after', () => {
    const { item } = take(
      '2026-03-02',
      [assign('2026-03-02', '2026-03-20'), ...plan('2026-03-03', '2026-03-04')],
      '2026-03-25',
    );
    expect(item.transitions.find((t) => t.kind === 'warning')?.at.slice(0, 10)).toBe('2026-03-21');
  });

  it('refuses the record whole, every problem listed by step and field', () => {
    const { problems } = take(
      '2026-07-01',
      [
        assign('2026-03-03', '2026-03-20'),
        ...plan('2026-03-05', '2026-03-04'),
        { type: 'request_extension', on: '2026-03-25', newDeadline: '2026-04-30', reason: '来不及' },
        { type: 'submit_acceptance', on: '2026-03-26', note: '申请验收' },
        { type: 'look_back', on: '2026-09-01', holds: true, note: '未反弹' },
      ],
      '2026-06-30',
    );
    const where = problems.map((p) => [p.index, p.field, p.code]);
    expect(where).toEqual(
      expect.arrayContaining([
        [-1, 'registeredOn', 'BAD_DATE'],
        [2, 'steps.2.on', 'BAD_DATE'],
        [5, 'steps.5.on', 'BAD_DATE'],
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses an extension asked on paper after the deadline, as a live one is', () => {
    const { problems } = take('2026-03-02', [
      assign('2026-03-02', '2026-03-20'),
      ...plan('2026-03-03', '2026-03-04'),
      { type: 'request_extension', on: '2026-03-25', newDeadline: '2026-04-30', reason: '来不及' },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ index: 3, type: 'request_extension', code: 'EXTENSION_TOO_LATE' }),
    ]);
  });

  it('refuses acceptance without evidence, as a live one is', () => {
    const { problems } = take('2026-03-02', [
      assign('2026-03-02', '2026-06-30'),
      ...plan('2026-03-03', '2026-03-04'),
      { type: 'submit_acceptance', on: '2026-03-17', note: '申请验收' },
    ]);
    expect(problems).toEqual([expect.objectContaining({ index: 3, code: 'NO_EVIDENCE' })]);
  });

  it('measures the allowed second round by the same rule as a live item', () => {
    const first = { assignedOn: '2026-03-02', originalDeadline: '2026-03-20', deadline: '2026-03-20', transitions: [] };
    expect(secondRoundDeadline('2026-03-18', first, { secondRoundSharePercent: 50 })).toBe('2026-03-27');
  });
});
