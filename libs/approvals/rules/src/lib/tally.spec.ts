import type { RejectPolicy, StageMode } from '@bastion/approvals-contracts';
import type { Slot, Task, TaskStatus } from './state';
import { approvalsNeeded, stageVerdict, type Verdict } from './tally';

let n = 0;
const task = (status: TaskStatus): Task => ({
  id: `t${++n}`,
  assignee: { personId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `p${n}` },
  status,
  expiryReminders: 0,
  reminded: false,
});
const slot = (status: TaskStatus): Slot => ({ id: `s${++n}`, holders: [task(status)], history: [] });
const slots = (...statuses: TaskStatus[]) => statuses.map(slot);

const all: StageMode = { kind: 'all' };
const any: StageMode = { kind: 'any' };
const sequential: StageMode = { kind: 'sequential' };
const twoOf: StageMode = { kind: 'share', atLeast: 2 };
const sixtyPercent: StageMode = { kind: 'share', percent: 60 };

describe('how many approvals a stage needs', () => {
  it.each([
    [all, 3, 3],
    [sequential, 4, 4],
    [any, 5, 1],
    [twoOf, 5, 2],
    [twoOf, 1, 1],
    [sixtyPercent, 5, 3],
    [sixtyPercent, 4, 3],
    [{ kind: 'share', percent: 50 } as StageMode, 4, 2],
    [{ kind: 'share', percent: 1 } as StageMode, 3, 1],
  ])('%j of %d signers needs %d', (mode, signers, needed) => {
    expect(approvalsNeeded(mode, signers)).toBe(needed);
  });
});

describe.each<[string, StageMode, [string, TaskStatus[], RejectPolicy, Verdict][]]>([
  [
    '会签: every signer must approve',
    all,
    [
      ['is pending while anyone is open', ['approved', 'open'], 'veto', 'pending'],
      ['passes when all approve', ['approved', 'approved'], 'veto', 'approved'],
      ['fails at the first rejection under veto', ['rejected', 'open', 'open'], 'veto', 'rejected'],
      [
        'fails too under count, since all can no longer approve',
        ['rejected', 'open', 'open'],
        'count',
        'rejected',
      ],
      ['counts an automatic pass as an approval', ['skipped', 'approved'], 'veto', 'approved'],
    ],
  ],
  [
    '或签: one decision decides',
    any,
    [
      ['passes at the first approval', ['open', 'approved', 'open'], 'veto', 'approved'],
      ['fails at the first rejection under veto', ['rejected', 'open'], 'veto', 'rejected'],
      ['waits for the others under count', ['rejected', 'open'], 'count', 'pending'],
      ['fails under count when everyone rejected', ['rejected', 'rejected'], 'count', 'rejected'],
    ],
  ],
  [
    'a share: 2 of n',
    twoOf,
    [
      ['passes when 2 of 3 approve', ['approved', 'approved', 'open'], 'count', 'approved'],
      [
        'under count, one rejection of 3 still leaves 2 possible',
        ['rejected', 'approved', 'open'],
        'count',
        'pending',
      ],
      [
        'under count, two rejections of 3 make 2 approvals impossible',
        ['rejected', 'rejected', 'open'],
        'count',
        'rejected',
      ],
      ['under veto, one rejection fails it', ['rejected', 'approved', 'open'], 'veto', 'rejected'],
    ],
  ],
  [
    'a share: 60% of the signers',
    sixtyPercent,
    [
      [
        '2 approvals of 5 signers are not yet 60%, however few decided',
        ['approved', 'approved', 'open', 'open', 'open'],
        'count',
        'pending',
      ],
      [
        '3 approvals of 5 signers are 60%',
        ['approved', 'approved', 'approved', 'open', 'open'],
        'count',
        'approved',
      ],
      [
        'fails once three of 5 have rejected',
        ['rejected', 'rejected', 'rejected', 'approved', 'open'],
        'count',
        'rejected',
      ],
    ],
  ],
  [
    '依次: each in turn, all must approve',
    sequential,
    [
      ['is pending until the last approves', ['approved', 'approved', 'waiting'], 'veto', 'pending'],
      ['passes when the last approves', ['approved', 'approved'], 'veto', 'approved'],
      ['fails at a rejection', ['approved', 'rejected', 'waiting'], 'count', 'rejected'],
    ],
  ],
])('%s', (_rule, mode, cases) => {
  it.each(cases)('%s', (_case, statuses, policy, verdict) => {
    expect(stageVerdict(slots(...statuses), mode, policy)).toBe(verdict);
  });
});

describe('signers added to a slot', () => {
  const withGroup = (holder: TaskStatus, mode: 'all' | 'any', ...members: TaskStatus[]): Slot => ({
    ...slot(holder),
    group: {
      id: 'g',
      addedBy: { personId: 'x', name: 'x' },
      position: 'before',
      mode,
      members: members.map(task),
    },
  });

  it('hold the slot until they agree', () =>
    expect(stageVerdict([withGroup('approved', 'all', 'approved', 'open')], all, 'veto')).toBe('pending'));
  it('pass the slot when they agree and the holder approved', () =>
    expect(stageVerdict([withGroup('approved', 'all', 'approved', 'approved')], all, 'veto')).toBe(
      'approved',
    ));
  it('fail the slot when one of an all-group rejects', () =>
    expect(stageVerdict([withGroup('waiting', 'all', 'rejected', 'open')], all, 'veto')).toBe('rejected'));
  it('in an any-group, one approval is enough', () =>
    expect(stageVerdict([withGroup('approved', 'any', 'open', 'approved')], all, 'veto')).toBe('approved'));
  it('agree when every added signer was removed', () => {
    const g = withGroup('approved', 'all', 'closed');
    g.group!.members[0]!.closeReason = 'removed';
    expect(stageVerdict([g], all, 'veto')).toBe('approved');
  });
  it('never pass a slot whose holder has not approved', () =>
    expect(stageVerdict([withGroup('open', 'all', 'approved')], all, 'veto')).toBe('pending'));
});
