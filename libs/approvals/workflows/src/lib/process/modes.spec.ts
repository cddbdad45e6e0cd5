import type { PersonRef, StageMode } from '@bastion/approvals-contracts';
import { act, person, stage } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';

const [a, b, c, d] = ['甲', '乙', '丙', '丁'].map(person) as [
  ReturnType<typeof person>,
  ReturnType<typeof person>,
  ReturnType<typeof person>,
  ReturnType<typeof person>,
];

describe('依次 sequential', () => {
  it('asks each signer in turn, and nobody out of turn', async () => {
    const r = await startRequest([stage('审核', [a, b, c], { mode: { kind: 'sequential' } })]);
    expect(r.openTo()).toEqual(['甲']);
    expect(await r.tryAct(act(b, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.openTo()).toEqual(['乙']);
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('stops at a rejection', async () => {
    const r = await startRequest([stage('审核', [a, b], { mode: { kind: 'sequential' } })]);
    await r.process.act(act(a, { type: 'reject', opinion: '材料不全' }));
    expect(r.state.status).toBe('rejected');
    expect(r.ports.actions()).toEqual([
      'submitted:submitter',
      'stage_opened',
      'reject:甲',
      'stage_rejected',
      'rejected',
    ]);
  });
});

describe('会签 all', () => {
  it('opens for everyone at once and passes when all approve', async () => {
    const r = await startRequest([stage('会签', [a, b, c])]);
    expect(r.openTo().sort()).toEqual(['丙', '乙', '甲'].sort());
    for (const p of [a, b, c]) await r.process.act(act(p, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('fails at one rejection under veto, closing the other tasks', async () => {
    const r = await startRequest([stage('会签', [a, b, c])]);
    await r.process.act(act(b, { type: 'reject' }));
    expect(r.state.status).toBe('rejected');
    const closed = r.state.stages[0]!.slots.flatMap((s) => s.holders).filter((t) => t.status === 'closed');
    expect(closed.map((t) => [t.assignee.name, t.closeReason])).toEqual([
      ['甲', 'not_needed'],
      ['丙', 'not_needed'],
    ]);
  });
});

describe('或签 any', () => {
  it('is decided by the first approval; the others have nothing left to do', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('终审', [c])]);
    await r.process.act(act(b, { type: 'approve' }));
    expect(r.openTo()).toEqual(['丙']);
    // The loser of the race is told who decided, not that it was never their turn.
    expect(await r.tryAct(act(a, { type: 'approve' }))).toBe('ALREADY_DECIDED');
  });

  it('under count, waits until everyone has rejected', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' }, rejectPolicy: 'count' })]);
    await r.process.act(act(a, { type: 'reject' }));
    expect(r.state.status).toBe('running');
    await r.process.act(act(b, { type: 'reject' }));
    expect(r.state.status).toBe('rejected');
  });
});

describe('a share, under count', () => {
  // 甲 and 乙 decide first and the stage still runs; 丙's approval then makes the share.
  it.each<[string, StageMode, PersonRef[], ['approve' | 'reject', 'approve' | 'reject']]>([
    ['2 of 3 passes despite one rejection', { kind: 'share', atLeast: 2 }, [a, b, c], ['reject', 'approve']],
    [
      'a percentage counts signers, not those who happened to decide',
      { kind: 'share', percent: 75 },
      [a, b, c, d],
      ['approve', 'approve'],
    ],
  ])('%s', async (_rule, mode, signers, [first, second]) => {
    const r = await startRequest([stage('表决', signers, { mode, rejectPolicy: 'count' })]);
    await r.process.act(act(a, { type: first }));
    await r.process.act(act(b, { type: second }));
    expect(r.state.status).toBe('running');
    await r.process.act(act(c, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });
});

describe('the route', () => {
  it('runs its stages in order and records each', async () => {
    const r = await startRequest([stage('初审', [a]), stage('复审', [b]), stage('终审', [c])]);
    for (const p of [a, b, c]) await r.process.act(act(p, { type: 'approve' }));
    expect(r.ports.actions()).toEqual([
      'submitted:submitter',
      'stage_opened',
      'approve:甲',
      'stage_approved',
      'stage_opened',
      'approve:乙',
      'stage_approved',
      'stage_opened',
      'approve:丙',
      'stage_approved',
      'approved',
    ]);
    expect(r.ports.ledger.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('hands a rejected request back to the submitter when the route says so, and resumes where it was', async () => {
    const r = await startRequest([stage('初审', [a]), stage('复审', [b])], {
      onReject: 'return_to_submitter',
    });
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'reject', opinion: '请补充预算' }));
    expect(r.state.status).toBe('returned');
    expect(await r.tryAct(act(a, { type: 'resubmit' }))).toBe('NOT_ALLOWED');
    await r.process.act(act(r.state.input.subject.submitter, { type: 'resubmit' }));
    expect(r.state.current).toBe(1);
    expect(r.openTo()).toEqual(['乙']);
  });

  it('can start over from the first stage after a resubmission', async () => {
    const r = await startRequest([stage('初审', [a]), stage('复审', [b])], {
      onReject: 'return_to_submitter',
      resubmitFrom: 'start',
    });
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'reject' }));
    await r.process.act(act(r.state.input.subject.submitter, { type: 'resubmit' }));
    expect(r.openTo()).toEqual(['甲']);
  });
});
