import type { PersonRef } from '@bastion/approvals-contracts';
import { act, person, stage, submitter } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';
import { tasksOf } from '@bastion/approvals-rules';
import { PATCHES } from './approval-process';

const [a, b, c, d] = ['甲', '乙', '丙', '丁'].map(person) as [PersonRef, PersonRef, PersonRef, PersonRef];

/** Each task of a list as `name:status`, for readable assertions. */
const statuses = (tasks: { assignee: PersonRef; status: string }[]) =>
  tasks.map((t) => `${t.assignee.name}:${t.status}`);

describe('退回 inside a 会签 stage: closed by return, every pass kept', () => {
  it('closes the other open tasks as closed by return, a status of its own', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c, d])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'return', target: { kind: 'stage', stageIndex: 0 } }));
    const [pass] = r.state.stages[1]!.passes!;
    expect(statuses(pass!.slots.flatMap((s) => s.holders))).toEqual([
      '乙:approved',
      '丙:closed',
      '丁:closed_by_return',
    ]);
    // The returner's own task ends with the return itself, at its time; only the others are closed by it.
    const returner = pass!.slots.flatMap((s) => s.holders).find((t) => t.assignee.personId === c.personId)!;
    expect(returner).toMatchObject({ closeReason: 'returned', decidedAt: expect.any(String) });
  });

  it('keeps the approvals already given in the stage, with the pass they belong to, numbered', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c, d])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve', opinion: '同意' }));
    await r.process.act(act(c, { type: 'return', target: { kind: 'stage', stageIndex: 0 } }));
    await r.process.act(act(a, { type: 'approve' }));

    const joint = r.state.stages[1]!;
    expect(joint.round).toBe(2);
    expect(joint.passes!.map((p) => [p.round, p.status, p.endedBy])).toEqual([[1, 'open', 'return']]);
    expect(statuses(tasksOf(joint))).toEqual(['乙:open', '丙:open', '丁:open']);
    // The stage returned to keeps its first pass too: 甲's first approval is not lost.
    const first = r.state.stages[0]!;
    expect(first.round).toBe(2);
    expect(first.passes!.map((p) => [p.round, p.status])).toEqual([[1, 'approved']]);
    expect(statuses(first.passes![0]!.slots.flatMap((s) => s.holders))).toEqual(['甲:approved']);
  });

  it('writes the return to the ledger with the pass, the approvals kept, and one row per task it closed', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c, d])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'return', target: { kind: 'stage', stageIndex: 0 } }));
    const returned = r.ports.ledger.find((e) => e.action === 'return')!;
    expect(returned.detail).toEqual({
      target: { kind: 'stage', stageIndex: 0 },
      pass: 1,
      approvalsKept: [{ person: b, at: expect.any(String) }],
      closedByReturn: [d],
    });
    const closed = r.ports.ledger.filter((e) => e.action === 'closed_by_return');
    expect(closed.map((e) => [e.stageIndex, e.onBehalfOf?.name, e.detail?.['pass']])).toEqual([[1, '丁', 1]]);
    // The approval itself stays on the ledger as it was written.
    expect(r.ports.actions()).toContain('approve:乙');
  });

  it('keeps the pass when the return goes to the submitter, and after the resubmission', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c])], { resubmitFrom: 'start' });
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'return', target: { kind: 'submitter' } }));
    expect(r.state.status).toBe('returned');
    expect(statuses(r.state.stages[1]!.passes![0]!.slots.flatMap((s) => s.holders))).toEqual([
      '乙:approved',
      '丙:closed',
    ]);
    await r.process.act(act(submitter, { type: 'resubmit' }));
    // Resubmitted from the start: the first stage's pass is kept as ended by the resubmission.
    expect(r.state.stages[0]!.passes!.map((p) => [p.round, p.endedBy])).toEqual([[1, 'resubmit']]);
    expect(r.openTo()).toEqual(['甲']);
  });

  it('a request that ran before passes were kept returns as it did: closed, the stage cleared', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c, d])]);
    r.ports.unpatched.add(PATCHES.keepPasses);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'return', target: { kind: 'stage', stageIndex: 0 } }));
    expect(r.state.stages[1]!.passes).toBeUndefined();
    expect(r.state.stages[1]!.slots).toEqual([]);
    expect(r.ports.actions()).not.toContain('closed_by_return');
  });
});
