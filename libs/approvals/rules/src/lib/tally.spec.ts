import type { StageMode } from '@bastion/approvals-contracts';
import type { Slot, Task, TaskStatus } from './state';
import { approvalsNeeded, stageVerdict } from './tally';

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

describe('会签: every signer must approve', () => {
  it('is pending while anyone is open', () =>
    expect(stageVerdict(slots('approved', 'open'), all, 'veto')).toBe('pending'));
  it('passes when all approve', () =>
    expect(stageVerdict(slots('approved', 'approved'), all, 'veto')).toBe('approved'));
  it('fails at the first rejection under veto', () =>
    expect(stageVerdict(slots('rejected', 'open', 'open'), all, 'veto')).toBe('rejected'));
  it('fails too under count, since all can no longer approve', () =>
    expect(stageVerdict(slots('rejected', 'open', 'open'), all, 'count')).toBe('rejected'));
  it('counts an automatic pass as an approval', () =>
    expect(stageVerdict(slots('skipped', 'approved'), all, 'veto')).toBe('approved'));
});

describe('或签: one decision decides', () => {
  it('passes at the first approval', () =>
    expect(stageVerdict(slots('open', 'approved', 'open'), any, 'veto')).toBe('approved'));
  it('fails at the first rejection under veto', () =>
    expect(stageVerdict(slots('rejected', 'open'), any, 'veto')).toBe('rejected'));
  it('waits for the others under count', () =>
    expect(stageVerdict(slots('rejected', 'open'), any, 'count')).toBe('pending'));
  it('fails under count when everyone rejected', () =>
    expect(stageVerdict(slots('rejected', 'rejected'), any, 'count')).toBe('rejected'));
});

describe('a share: k of n, or a percentage of the signers', () => {
  it('passes when 2 of 3 approve', () =>
    expect(stageVerdict(slots('approved', 'approved', 'open'), twoOf, 'count')).toBe('approved'));
  it('under count, one rejection of 3 still leaves 2 possible', () =>
    expect(stageVerdict(slots('rejected', 'approved', 'open'), twoOf, 'count')).toBe('pending'));
  it('under count, two rejections of 3 make 2 approvals impossible', () =>
    expect(stageVerdict(slots('rejected', 'rejected', 'open'), twoOf, 'count')).toBe('rejected'));
  it('under veto, one rejection fails it', () =>
    expect(stageVerdict(slots('rejected', 'approved', 'open'), twoOf, 'veto')).toBe('rejected'));
  it('60% of 5 is 3 approvals of the signers, not of those who decided', () => {
    expect(stageVerdict(slots('approved', 'approved', 'open', 'open', 'open'), sixtyPercent, 'count')).toBe(
      'pending',
    );
    expect(
      stageVerdict(slots('approved', 'approved', 'approved', 'open', 'open'), sixtyPercent, 'count'),
    ).toBe('approved');
  });
  it('60% of 5 fails once three have rejected', () =>
    expect(
      stageVerdict(slots('rejected', 'rejected', 'rejected', 'approved', 'open'), sixtyPercent, 'count'),
    ).toBe('rejected'));
});

describe('依次: each in turn, all must approve', () => {
  it('is pending until the last approves', () =>
    expect(stageVerdict(slots('approved', 'approved', 'waiting'), sequential, 'veto')).toBe('pending'));
  it('passes when the last approves', () =>
    expect(stageVerdict(slots('approved', 'approved'), sequential, 'veto')).toBe('approved'));
  it('fails at a rejection', () =>
    expect(stageVerdict(slots('approved', 'rejected', 'waiting'), sequential, 'count')).toBe('rejected'));
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
