import type { ItemStatus, Transition, TransitionKind } from '@bastion/rectification-contracts';
import { lifecycle, type LifecycleInput } from './lifecycle';

let seq = 0;
const step = (kind: TransitionKind, from: ItemStatus, to: ItemStatus): Transition => ({
  seq: ++seq,
  kind,
  from,
  to,
  actor: null,
  automatic: false,
  at: '2026-03-01T02:00:00.000Z',
  note: '',
  files: [],
  signingLeader: null,
});

const record = (status: ItemStatus, transitions: Transition[], extra: Partial<LifecycleInput> = {}) => ({
  status,
  round: 1,
  reopened: false,
  fixedOnSpot: false,
  longTerm: null,
  handedOverTo: null,
  pendingExtension: null,
  lookBack: null,
  transitions,
  ...extra,
});

const states = (input: LifecycleInput) => lifecycle(input).stages.map((s) => `${s.status}:${s.state}`);

/** An item that went the whole way to 整改中. */
const toInProgress = () => [
  step('registered', 'registered', 'registered'),
  step('assign', 'registered', 'assigned'),
  step('submit_plan', 'assigned', 'plan_approval'),
  step('plan_approved', 'plan_approval', 'in_progress'),
];

describe('lifecycle', () => {
  it('marks a newly registered item as standing at the first stage', () => {
    expect(states(record('registered', [step('registered', 'registered', 'registered')]))).toEqual([
      'registered:current',
      'assigned:todo',
      'plan_approval:todo',
      'in_progress:todo',
      'acceptance:todo',
      'closed:todo',
    ]);
  });

  it('marks the stages passed as done and the current one as current', () => {
    expect(states(record('in_progress', toInProgress()))).toEqual([
      'registered:done',
      'assigned:done',
      'plan_approval:done',
      'in_progress:current',
      'acceptance:todo',
      'closed:todo',
    ]);
  });

  it('highlights closed as the place of a closed item', () => {
    const transitions = [
      ...toInProgress(),
      step('submit_acceptance', 'in_progress', 'acceptance'),
      step('accepted', 'acceptance', 'closed'),
    ];
    const result = lifecycle(record('closed', transitions));
    expect(result.stages.at(-1)).toEqual({ status: 'closed', state: 'current' });
    expect(result.stages.slice(0, -1).every((s) => s.state === 'done')).toBe(true);
  });

  it('shows the stages a fixed-on-the-spot item never entered as skipped', () => {
    const transitions = [step('fixed_on_spot', 'registered', 'closed')];
    const result = lifecycle(record('closed', transitions, { fixedOnSpot: true }));
    expect(result.stages.map((s) => s.state)).toEqual([
      'done',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'current',
    ]);
    expect(result.side).toEqual([{ kind: 'fixed_on_spot' }]);
  });

  it('puts a failed acceptance back in progress as a second round', () => {
    const transitions = [
      ...toInProgress(),
      step('submit_acceptance', 'in_progress', 'acceptance'),
      step('acceptance_failed', 'acceptance', 'in_progress'),
    ];
    const result = lifecycle(record('in_progress', transitions, { round: 2 }));
    expect(result.stages[3]).toEqual({ status: 'in_progress', state: 'current' });
    expect(result.stages[4]).toEqual({ status: 'acceptance', state: 'todo' });
    expect(result.side).toEqual([{ kind: 'second_round', round: 2 }]);
  });

  it('shows a handed-over item at the stage it left, with the body it went to beside the line', () => {
    const transitions = [...toInProgress(), step('hand_over', 'in_progress', 'handed_over')];
    const result = lifecycle(record('handed_over', transitions, { handedOverTo: '纪委' }));
    expect(result.stages.map((s) => s.state)).toEqual(['done', 'done', 'done', 'left', 'todo', 'todo']);
    expect(result.side).toEqual([{ kind: 'handed_over', to: '纪委', current: true }]);
  });

  it('shows a terminated item stopped at the stage it was in, with nothing beside the line', () => {
    const transitions = [...toInProgress(), step('terminated', 'in_progress', 'terminated')];
    const result = lifecycle(record('terminated', transitions));
    expect(result.stages.map((s) => s.state)).toEqual(['done', 'done', 'done', 'stopped', 'todo', 'todo']);
    expect(result.side).toEqual([]);
  });

  it('falls back to the furthest stage reached when the hand-over is not in the record', () => {
    const transitions = toInProgress().slice(0, 2);
    const result = lifecycle(record('handed_over', transitions));
    expect(result.stages[1]).toEqual({ status: 'assigned', state: 'left' });
  });

  it('lists reopening, long-term milestones, a pending extension and the look-back beside the line', () => {
    const result = lifecycle(
      record('in_progress', toInProgress(), {
        reopened: true,
        longTerm: {
          milestones: [
            { title: '制定制度', due: '2026-06-30', doneOn: '2026-06-20' },
            { title: '全面落实', due: '2026-12-31', doneOn: null },
          ],
          reportEveryMonths: 3,
          nextReportDue: '2026-09-30',
        },
        pendingExtension: { kind: 'extension', requestId: 'r', workflowId: 'w', newDeadline: '2026-08-31' },
        lookBack: { due: '2026-12-01', result: 'relapsed', on: '2026-11-20' },
      }),
    );
    expect(result.side).toEqual([
      { kind: 'reopened' },
      { kind: 'long_term', done: 1, total: 2 },
      { kind: 'extension_pending', newDeadline: '2026-08-31' },
      { kind: 'look_back', due: '2026-12-01', result: 'relapsed' },
    ]);
  });
});
