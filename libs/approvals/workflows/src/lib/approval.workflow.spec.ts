import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError } from '@temporalio/client';
import {
  type ActAction,
  approvalInputSchema,
  approvalWorkflowId,
  generalRequestInputSchema,
  generalRequestWorkflowId,
  type StageInput,
} from '@bastion/approvals-contracts';
import { act } from '../testing/approval-fixtures';
import {
  branchSecretaryStage,
  branchSubject,
  forestDirectory,
  orgDeptStage,
  orgs,
  people,
} from '../testing/directory';
import { startApprovalEnvironment } from '../testing/workflow-harness';
import { HistoryRecorder } from '@bastion/platform-testing';
import { join } from 'node:path';
import { actUpdate, stateQuery } from './approval.workflow';

type Env = Awaited<ReturnType<typeof startApprovalEnvironment>>;

describe('the approval workflow on the time-skipping server', () => {
  let t: Env;
  const recorder = new HistoryRecorder(join(__dirname, '../history-fixtures'));

  beforeAll(async () => {
    t = await startApprovalEnvironment(forestDirectory);
  });
  afterAll(async () => {
    try {
      await recorder.writeIfAsked();
    } finally {
      await t.stop();
    }
  });

  async function submit(stages: StageInput[], settings = {}, extra = {}) {
    const input = approvalInputSchema.parse({
      requestId: randomUUID(),
      subject: branchSubject,
      route: { stages, settings },
      ...extra,
    });
    const handle = await t.submit(input);
    const title = expect
      .getState()
      .currentTestName!.replace('the approval workflow on the time-skipping server ', '');
    recorder.keep(`approval-${title.replace(/\W+/g, '-').replace(/-$/, '').slice(0, 80)}`, handle);
    return {
      input,
      handle,
      act: (a: ActAction) => handle.executeUpdate(actUpdate, { args: [a], updateId: a.idempotencyKey }),
    };
  }

  it('resolves role-based stages through the identity service and completes with the decision trail', async () => {
    const r = await submit([branchSecretaryStage, orgDeptStage()]);
    await r.act(act(people.branchSecretary, { type: 'approve', opinion: '同意上报' }));
    await r.act(act(people.orgDeptA, { type: 'approve' }));
    await r.act(act(people.orgDeptB, { type: 'approve' }));
    const result = await r.handle.result();
    expect(result.outcome).toBe('approved');
    expect(result.trail.map((d) => `${d.action}:${d.actor?.name}`)).toEqual([
      'approve:李书记',
      'approve:张组织',
      'approve:赵组织',
    ]);
    expect(t.store.actions(r.input.requestId)).toContain('submitted:王组委');
  });

  it('never lets a general branch sign the committee’s decision on an admission: the stage ends the request, with the reason', async () => {
    const generalBranchStage: StageInput = {
      name: '党总支审批',
      assignees: { kind: 'role', role: 'secretary', at: { kind: 'org', orgId: orgs.general.id } },
      mode: { kind: 'any' },
    };
    const input = approvalInputSchema.parse({
      requestId: randomUUID(),
      subject: { ...branchSubject, procedure: 'development', decides: 'admission' },
      route: { stages: [generalBranchStage], settings: {} },
    });
    const handle = await t.start(input);
    recorder.keep('approval-refuses-a-general-branch-deciding-an-admission', handle);
    expect((await handle.result()).outcome).toBe('no_assignee');
    await t.ledgerReaches(input.requestId, 'no_assignee');
    const row = t.store.ledger(input.requestId).find((e) => e.action === 'no_assignee')!;
    expect(row.detail).toMatchObject({
      stage: '党总支审批',
      unauthorised: { orgId: orgs.general.id, org: orgs.general.name, problem: 'general_branch' },
    });
    expect(t.store.ledger(input.requestId).map((e) => e.action)).not.toContain('stage_opened');

    // The same stage on a request that decides no admission opens for the general branch's secretary.
    const general = await submit([generalBranchStage]);
    const state = await general.handle.query(stateQuery);
    expect(
      state.state.stages[0]!.slots.flatMap((slot) => slot.holders.map((h) => h.assignee.personId)),
    ).toEqual([people.other.personId]);
  });

  it('decides an any-stage once when two approvals race', async () => {
    const r = await submit([orgDeptStage({ mode: { kind: 'any' } }), branchSecretaryStage]);
    const outcomes = await Promise.allSettled([
      r.act(act(people.orgDeptA, { type: 'approve' })),
      r.act(act(people.orgDeptB, { type: 'approve' })),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(WorkflowUpdateFailedError);
    const approvals = t.store
      .ledger(r.input.requestId)
      .filter((e) => e.action === 'approve' && e.stageIndex === 0);
    expect(approvals).toHaveLength(1);
  });

  it('treats the same idempotency key twice as one action', async () => {
    const r = await submit([orgDeptStage()]);
    const click = act(people.orgDeptA, { type: 'approve' });
    const first = await r.act(click);
    const second = await r.act(click);
    // A different update id with the same key is still the same click.
    const third = await r.handle.executeUpdate(actUpdate, {
      args: [click],
      updateId: `${click.idempotencyKey}-again`,
    });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(t.store.ledger(r.input.requestId).filter((e) => e.action === 'approve')).toHaveLength(1);
  });

  it('returns from inside a 会签 stage only to a visited stage, closing the other tasks', async () => {
    const r = await submit([branchSecretaryStage, orgDeptStage()]);
    expect((await r.handle.query(stateQuery)).returnTargets).toEqual([{ kind: 'submitter' }]);
    await r.act(act(people.branchSecretary, { type: 'approve' }));
    await r.act(act(people.orgDeptA, { type: 'approve' }));
    const { returnTargets } = await r.handle.query(stateQuery);
    expect(returnTargets).toEqual([
      { kind: 'stage', stageIndex: 0, name: '支部书记审核' },
      { kind: 'submitter' },
    ]);
    await r.act(
      act(people.orgDeptB, {
        type: 'return',
        target: { kind: 'stage', stageIndex: 0 },
        opinion: '请补充说明',
      }),
    );
    const { state } = await r.handle.query(stateQuery);
    expect(state.current).toBe(0);
    // The returner was the last undecided signer: nobody else's task needed closing.
    expect(t.store.actions(r.input.requestId).slice(-2)).toEqual(['return:赵组织', 'stage_opened']);
    const lastBatch = t.store.batches.filter((b) => b.state.input.requestId === r.input.requestId).at(-1)!;
    expect(lastBatch.state.stages[1]!.status).toBe('pending');
    // The approval given before the return stays with the stage's first pass.
    const [pass] = lastBatch.state.stages[1]!.passes!;
    expect(pass!.slots.flatMap((s) => s.holders).map((h) => [h.assignee.name, h.status])).toEqual([
      ['张组织', 'approved'],
      ['赵组织', 'closed'],
    ]);
  });

  it('sends a delegate’s decision back to the delegator', async () => {
    const r = await submit([branchSecretaryStage]);
    await r.act(act(people.branchSecretary, { type: 'delegate', to: people.delegate }));
    await r.act(act(people.delegate, { type: 'approve', opinion: '已核实' }));
    expect((await r.handle.query(stateQuery)).state.status).toBe('running');
    await r.act(act(people.branchSecretary, { type: 'approve' }));
    expect((await r.handle.result()).outcome).toBe('approved');
    expect(t.store.actions(r.input.requestId)).toEqual(
      expect.arrayContaining(['delegate:李书记', 'delegate_approve:吴干事', 'approve:李书记']),
    );
  });

  it('refuses a withdrawal after someone acted, at once and without a trace in history', async () => {
    const r = await submit([orgDeptStage()]);
    await r.act(act(people.orgDeptA, { type: 'approve' }));
    const rows = t.store.ledger(r.input.requestId).length;
    const withdrawal = act(people.submitter, { type: 'withdraw' });
    await expect(r.act(withdrawal)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect(t.store.ledger(r.input.requestId)).toHaveLength(rows);
    const history = await r.handle.fetchHistory();
    const accepted = history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(
      accepted.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes!.protocolInstanceId),
    ).not.toContain(withdrawal.idempotencyKey);
  });

  it('carries on in a fresh run when the history grows, keeping its state and ledger order', async () => {
    const r = await submit([orgDeptStage()], {}, { continueAfterEvents: 60 });
    for (let i = 0; i < 12; i++)
      await r.act(act(people.submitter, { type: 'comment', opinion: `补充说明 ${i + 1}` }));
    await r.act(act(people.orgDeptA, { type: 'approve' }));
    await r.act(act(people.orgDeptB, { type: 'approve' }));
    expect((await r.handle.result()).outcome).toBe('approved');
    const described = await r.handle.describe();
    expect(described.runId).not.toBe(r.handle.firstExecutionRunId);
    const seqs = t.store.ledger(r.input.requestId).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('closes its request when asked to cancel, as its parent’s close policy asks, and ends cancelled', async () => {
    const r = await submit([orgDeptStage()]);
    await r.handle.cancel();
    await expect(r.handle.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
    expect((await r.handle.describe()).status.name).toBe('CANCELLED');
    expect(t.store.closedWithParent).toEqual([{ requestId: r.input.requestId, parentWorkflowId: null }]);
  });

  it('starts as the child of a general request, once, and hands back its result', async () => {
    const input = generalRequestInputSchema.parse({
      requestId: randomUUID(),
      subject: { ...branchSubject, org: { id: branchSubject.org.id } },
      route: { stages: [branchSecretaryStage], settings: {} },
    });
    const parentId = generalRequestWorkflowId(input.requestId);
    const parent = await t.client.workflow.start('generalRequest', {
      taskQueue: 'approvals',
      workflowId: parentId,
      args: [input],
    });
    await expect(
      t.client.workflow.start('generalRequest', {
        taskQueue: 'approvals',
        workflowId: parentId,
        args: [input],
      }),
    ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    const child = t.client.workflow.getHandle(approvalWorkflowId(parentId, 'approval'));
    await t.ledgerReaches(input.requestId, 'stage_opened');
    await child.executeUpdate(actUpdate, { args: [act(people.branchSecretary, { type: 'approve' })] });
    expect((await parent.result()).outcome).toBe('approved');
    // The organisation's name and path came from the identity service.
    const first = t.store.batches.find((b) => b.state.input.requestId === input.requestId)!;
    expect(first.state.input.subject.org).toEqual(branchSubject.org);
  });
});
