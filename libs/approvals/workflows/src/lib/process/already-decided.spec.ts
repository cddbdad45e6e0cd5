import type { PersonRef } from '@bastion/approvals-contracts';
import { act, person, stage } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';
import { decidedInsteadOf, refusal } from '@bastion/approvals-rules';

const [a, b, c, d] = ['甲', '乙', '丙', '丁'].map(person) as [PersonRef, PersonRef, PersonRef, PersonRef];

describe('或签: the loser of a race is told who decided, and when', () => {
  it('names the signer whose decision closed the task, and the time of it', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    r.ports.advance(60_000);
    await r.process.act(act(b, { type: 'approve' }));
    const decidedAt = r.state.stages[0]!.slots[1]!.holders[0]!.decidedAt!;
    expect(decidedInsteadOf(r.state, a.personId)).toEqual({
      by: b,
      at: decidedAt,
      stageIndex: 0,
      stageName: '或签',
    });
  });

  it('refuses the late approval with ALREADY_DECIDED and who and when as parameters', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    await r.process.act(act(b, { type: 'approve' }));
    const refused = refusal(r.state, act(a, { type: 'approve' }), r.ports.now());
    expect(refused).toEqual({
      code: 'ALREADY_DECIDED',
      message: expect.stringContaining('乙'),
      params: expect.objectContaining({ by: '乙', byPersonId: b.personId, at: expect.any(String), stage: '或签' }),
    });
  });

  it('holds when both passed the validator and the first one wins under the lock', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    const first = act(a, { type: 'approve' });
    const second = act(b, { type: 'reject' });
    // Both clicks were valid when they arrived; the second is taken after the first.
    expect(r.process.refusal(first)).toBeNull();
    expect(r.process.refusal(second)).toBeNull();
    await r.process.act(first);
    expect(await r.tryAct(second)).toBe('ALREADY_DECIDED');
    expect(r.ports.actions().filter((x) => x.startsWith('approve') || x.startsWith('reject'))).toEqual([
      'approve:甲',
    ]);
  });

  it('holds when the winner ended the request: the loser hears who, not only that it ended', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } })]);
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
    expect(refusal(r.state, act(b, { type: 'approve' }), r.ports.now())?.code).toBe('ALREADY_DECIDED');
  });

  it('applies to a return attempted after the stage was decided', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    await r.process.act(act(a, { type: 'approve' }));
    const refused = refusal(r.state, act(b, { type: 'return', target: { kind: 'submitter' } }), r.ports.now());
    expect(refused?.code).toBe('ALREADY_DECIDED');
  });

  it('is not said to someone who never had a task: that is not their turn', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    await r.process.act(act(a, { type: 'approve' }));
    expect(decidedInsteadOf(r.state, d.personId)).toBeNull();
    expect(refusal(r.state, act(d, { type: 'approve' }), r.ports.now())?.code).toBe('NOT_YOUR_TURN');
  });

  it('is not said while the task is still open in a 会签 stage', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    await r.process.act(act(a, { type: 'approve' }));
    expect(decidedInsteadOf(r.state, b.personId)).toBeNull();
    expect(refusal(r.state, act(b, { type: 'approve' }), r.ports.now())).toBeNull();
  });

  it('is said no more once the winner recalls the decision', async () => {
    const r = await startRequest([stage('或签', [a, b], { mode: { kind: 'any' } }), stage('复核', [c])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(a, { type: 'recall' }));
    expect(decidedInsteadOf(r.state, b.personId)).toBeNull();
  });
});
