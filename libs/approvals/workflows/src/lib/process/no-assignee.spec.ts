import type { PersonRef, StageInput } from '@bastion/approvals-contracts';
import { act, person, stage, submitter } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';
import { PATCHES } from './approval-process';

const [a] = ['甲'].map(person) as [PersonRef];

/** A stage for the approving committee's secretary, an office the test directory leaves empty. */
const nobody = (name: string): StageInput => ({
  name,
  assignees: { kind: 'role', role: 'secretary', at: { kind: 'approving_committee' } },
  mode: { kind: 'all' },
});

describe('a stage whose rule finds nobody', () => {
  it('ends the request as no assignee, not as expired', async () => {
    const r = await startRequest([stage('初审', [a]), nobody('复审')]);
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('no_assignee');
    expect(r.state.decidedAt).toBeDefined();
    expect(r.ports.actions()).not.toContain('expired');
  });

  it('records it on the ledger at the stage that found nobody, and in the decision trail', async () => {
    const r = await startRequest([stage('初审', [a]), nobody('复审')]);
    await r.process.act(act(a, { type: 'approve' }));
    const row = r.ports.ledger.at(-1)!;
    expect(row).toEqual(
      expect.objectContaining({ action: 'no_assignee', stageIndex: 1, automatic: true, actor: null }),
    );
    expect(row.detail).toEqual({ stage: '复审', whenNobody: 'escalate' });
    expect(r.state.trail.at(-1)).toEqual(expect.objectContaining({ action: 'no_assignee', stageName: '复审' }));
  });

  it('tells the submitter', async () => {
    const r = await startRequest([nobody('初审')]);
    expect(r.ports.notices).toContainEqual({ people: [submitter], kind: 'outcome', text: 'no_assignee' });
  });

  it('takes no more actions once ended', async () => {
    const r = await startRequest([nobody('初审')]);
    expect(await r.tryAct(act(submitter, { type: 'withdraw' }))).toBe('ENDED');
  });

  it('a request that ran before the change still expires, as it did', async () => {
    const r = await startRequest([stage('初审', [a]), nobody('复审')]);
    r.ports.unpatched.add(PATCHES.noAssigneeOutcome);
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('expired');
    expect(r.ports.actions().slice(-2)).toEqual(['no_assignee', 'expired']);
  });
});
