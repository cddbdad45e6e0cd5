import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { ActAction, PersonRef } from '@bastion/approvals-contracts';
import {
  addDays,
  addWorkingDays,
  parseLocalDate,
  shanghaiDateOf,
  shippedChinaHolidayData,
  workingDaysBetween,
} from '@bastion/calendar';
import { HistoryRecorder, waitFor } from '@bastion/platform-testing';
import {
  ACT_UPDATE,
  type BatchActionRequest,
  batchInputSchema,
  batchWorkflowId,
  type Capacity,
  type ItemActionRequest,
  type ItemRecord,
  itemWorkflowId,
  STATE_QUERY,
  type BatchRecord,
} from '@bastion/rectification-contracts';
import {
  assignment,
  branchOrg,
  config,
  itemInput,
  nextKey,
  people,
} from '@bastion/rectification-rules/testing';
import { startRectificationEnvironment } from '../testing/workflow-harness';

type Env = Awaited<ReturnType<typeof startRectificationEnvironment>>;
const DAY = 24 * 60 * 60 * 1000;
const file = { id: '00000000-0000-4000-b000-000000000001', name: '整改台账.pdf', sha256: 'b'.repeat(64) };

describe('the rectification workflows on the time-skipping server', () => {
  let t: Env;
  const recorder = new HistoryRecorder(join(__dirname, '../history-fixtures'));

  beforeAll(async () => {
    t = await startRectificationEnvironment();
  });
  afterAll(async () => {
    try {
      await recorder.writeIfAsked();
    } finally {
      await t.stop();
    }
  });

  const historyName = (prefix: string) =>
    `${prefix}-${expect
      .getState()
      .currentTestName!.replace('the rectification workflows on the time-skipping server ', '')
      .replace(/\W+/g, '-')
      .replace(/-$/, '')
      .slice(0, 66)}`;

  async function today(): Promise<string> {
    return shanghaiDateOf(new Date(await t.env.currentTimeMs()));
  }
  const inDays = async (n: number) => addDays(parseLocalDate(await today()), n);

  let registeredInTest = 0;
  beforeEach(() => (registeredInTest = 0));

  async function register(overrides: Parameters<typeof itemInput>[0] = {}) {
    const input = itemInput({ itemId: randomUUID(), ...overrides });
    const handle = await t.client.workflow.start('rectificationItem', {
      taskQueue: 'rectification',
      workflowId: itemWorkflowId(input.itemId),
      args: [input],
    });
    recorder.keep(`${historyName('item')}-${++registeredInTest}`, handle);
    await waitFor(() => t.store.items.get(input.itemId), 'the item on record');
    return {
      handle,
      state: () => handle.query<ItemRecord>(STATE_QUERY),
      act: (request: ItemActionRequest, by: PersonRef, capacities: Capacity[]) =>
        handle.executeUpdate<ItemRecord, [unknown]>(ACT_UPDATE, {
          args: [{ ...request, actor: { ...by, userId: `user-${by.name}` }, capacities }],
          updateId: request.idempotencyKey,
        }),
    };
  }
  type Item = Awaited<ReturnType<typeof register>>;

  /**
   * Someone signs the approval request now pending on the item (or batch). The request opens its
   * stage once the identity service has named the assignees, so the first try may come too early.
   */
  async function decide(
    workflowId: string,
    by: PersonRef,
    type: 'approve' | 'reject' = 'approve',
    opinion = '同意',
  ) {
    const approval = t.client.workflow.getHandle(workflowId);
    const action = {
      type,
      idempotencyKey: nextKey(),
      attachments: [],
      opinion,
      // The principal leader signs the report by hand; other stages take the signature too.
      signature: { attachmentId: file.id, sha256: file.sha256 },
      actor: { ...by, userId: `user-${by.name}` },
    } as ActAction;
    let refusal = '';
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        await approval.executeUpdate(ACT_UPDATE, { args: [action], updateId: action.idempotencyKey });
        return;
      } catch (error) {
        refusal = error instanceof WorkflowUpdateFailedError ? String(error.cause?.message) : String(error);
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    throw new Error(`${by.name} could not ${type} ${workflowId}: ${refusal}`);
  }

  const officer = (item: Item, request: ItemActionRequest) => item.act(request, people.owner, ['owner']);
  const supervisor = (item: Item, request: ItemActionRequest) =>
    item.act(request, people.inspector, ['supervisor']);

  async function assign(item: Item, deadline: string) {
    return supervisor(item, assignment(deadline));
  }

  /** Through the plan approval: the branch secretary, then the committee secretary. */
  async function approvePlan(item: Item) {
    const submitted = await officer(item, {
      type: 'submit_plan',
      idempotencyKey: nextKey(),
      measures: '逐项建立会议记录台账',
      target: '三会一课记录完整',
      note: '',
      files: [],
    });
    await decide(submitted.pending!.workflowId, people.branchSecretary);
    await decide(submitted.pending!.workflowId, people.committeeSecretary);
    return settle(item, (r) => r.status === 'in_progress', 'plan approved');
  }

  async function submitForAcceptance(item: Item) {
    await officer(item, { type: 'evidence', idempotencyKey: nextKey(), note: '会议记录', files: [file] });
    return officer(item, {
      type: 'submit_acceptance',
      idempotencyKey: nextKey(),
      note: '已完成整改',
      files: [],
    });
  }

  async function settle(
    item: Item,
    predicate: (r: ItemRecord) => boolean,
    what: string,
  ): Promise<ItemRecord> {
    return waitFor(async () => {
      const record = await item.state();
      return predicate(record) && record;
    }, what);
  }

  // First: the later tests move the server's clock towards the end of the calendar data.
  it('has the new principal leader re-sign the batch report', async () => {
    const input = batchInputSchema.parse({
      batchId: randomUUID(),
      source: 'inspection_patrol',
      title: '2026年第一轮巡察反馈',
      feedbackDate: await today(),
      inspectedOrg: branchOrg,
      config,
      createdBy: people.inspector,
    });
    const handle: WorkflowHandle = await t.client.workflow.start('rectificationBatch', {
      taskQueue: 'rectification',
      workflowId: batchWorkflowId(input.batchId),
      args: [input],
    });
    recorder.keep(historyName('batch'), handle);
    const act = (request: BatchActionRequest, by: PersonRef) =>
      handle.executeUpdate<BatchRecord, [unknown]>(ACT_UPDATE, {
        args: [{ ...request, actor: { ...by, userId: 'u' }, supervisor: true, officer: true }],
        updateId: request.idempotencyKey,
      });
    const state = () => handle.query<BatchRecord>(STATE_QUERY);
    const submitted = await act(
      {
        type: 'submit_report',
        idempotencyKey: nextKey(),
        report: '整改情况报告正文',
        leaderReport: '主要负责人报告',
        files: [],
      },
      people.officer,
    );
    expect(submitted.status).toBe('signing');
    const signWorkflow = (r: BatchRecord, n: number) => `approval/${batchWorkflowId(r.batchId)}/report-${n}`;
    await decide(signWorkflow(submitted, submitted.events.length), people.branchSecretary);
    const until = (status: BatchRecord['status'], what: string) =>
      waitFor(async () => {
        const record = await state();
        return record.status === status && record;
      }, what);
    const signed = await until('signed', 'signed');
    expect(signed.signature?.leader).toEqual(people.branchSecretary);

    t.offices.holders.set(`${branchOrg.id}/secretary`, [people.newBranchSecretary]);
    await t.env.sleep(2 * DAY);
    const changed = await until('re_sign_required', 're-sign');
    expect(changed.events.at(-1)).toMatchObject({ kind: 'leader_changed', automatic: true });
    await decide(signWorkflow(changed, changed.events.length), people.newBranchSecretary);
    const resigned = await until('signed', 're-signed');
    expect(resigned.signature?.leader).toEqual(people.newBranchSecretary);
    t.offices.holders.set(`${branchOrg.id}/secretary`, [people.branchSecretary]);
  });

  it('counts weekdays for a deadline in 2028, a year without holiday data, and marks the item provisional', async () => {
    const weekdays = await register({ deadline: '2028-03-15' });
    const counted = await weekdays.state();
    expect(counted.status).toBe('registered');
    expect(counted.amberFrom).toBe('2028-03-08');
    expect(counted.provisional).toBe(true);
    expect(t.store.items.get(counted.itemId)!.provisional).toBe(true);

    // Once an administrator adds 2028, an item registered after counts on it, exactly.
    t.offices.calendarYears = [...shippedChinaHolidayData, { year: 2028, holidays: [], makeUpWorkdays: [] }];
    try {
      const exact = await (await register({ deadline: '2028-03-15' })).state();
      expect(exact.amberFrom).toBe('2028-03-08');
      expect(exact.provisional).toBeUndefined();
    } finally {
      t.offices.calendarYears = [...shippedChinaHolidayData];
    }
  });

  it('takes an action sent the moment the item starts', async () => {
    const input = itemInput({ itemId: randomUUID() });
    const handle = await t.client.workflow.start('rectificationItem', {
      taskQueue: 'rectification',
      workflowId: itemWorkflowId(input.itemId),
      args: [input],
    });
    const assigned = await handle.executeUpdate<ItemRecord, [unknown]>(ACT_UPDATE, {
      args: [
        {
          type: 'assign',
          idempotencyKey: nextKey(),
          owner: people.owner,
          leader: people.leader,
          deadline: await inDays(30),
          note: '',
          actor: { ...people.inspector, userId: 'u' },
          capacities: ['supervisor'],
        },
      ],
    });
    expect(assigned.status).toBe('assigned');
    expect(assigned.transitions.map((x) => x.kind)).toEqual(['registered', 'assign', 'notice']);
  });

  it('climbs the whole ladder to accountability when nothing is done', async () => {
    const item = await register();
    await assign(item, await inDays(20));
    await t.env.sleep(60 * DAY);
    const record = await settle(
      item,
      (r) => r.ladder.some((l) => l.rung === 'accountability'),
      'accountability',
    );
    expect(record.transitions.filter((x) => x.automatic).map((x) => x.kind)).toEqual([
      'notice',
      'guidance',
      'reminder',
      'warning',
      'accountability',
    ]);
    expect(record.finalDeadline).not.toBeNull();
    expect(t.store.items.get(record.itemId)?.version).toBe(record.version);
  });

  it('runs plan approval and acceptance on the engine, and closes the item', async () => {
    const item = await register();
    await assign(item, await inDays(30));
    const working = await approvePlan(item);
    expect(working.transitions.find((x) => x.kind === 'plan_approved')?.signingLeader).toEqual(
      people.committeeSecretary,
    );
    const submitted = await submitForAcceptance(item);
    await decide(submitted.pending!.workflowId, people.committeeSecretary);
    await decide(submitted.pending!.workflowId, people.inspector);
    const closed = await settle(item, (r) => r.status === 'closed', 'closed');
    expect(closed.closedOn).toBe(await today());
    expect(closed.transitions.at(-1)).toMatchObject({ kind: 'accepted', signingLeader: people.inspector });
  });

  it('takes over an item from paper with its real dates and runs the acceptance it left open', async () => {
    const on = async (n: number) => inDays(n);
    const item = await register({
      paper: {
        registeredOn: await on(-40),
        steps: [
          { type: 'assign', on: await on(-38), owner: people.owner, leader: people.leader, deadline: await on(20), note: '' },
          { type: 'submit_plan', on: await on(-37), measures: '逐月补齐会议记录', target: '记录完整', note: '' },
          { type: 'plan_decision', on: await on(-36), approved: true, signedBy: people.committeeSecretary, note: '' },
          { type: 'evidence', on: await on(-10), note: '纸质会议记录', files: [] },
          { type: 'submit_acceptance', on: await on(-5), note: '申请验收' },
        ],
      },
    });
    const taken = await settle(item, (r) => r.status === 'acceptance' && !!r.pending, 'taken over');
    expect(taken).toMatchObject({ assignedOn: await on(-38), deadline: await on(20), evidenceCount: 1 });
    expect(taken.transitions.find((x) => x.kind === 'plan_approved')!.at.slice(0, 10)).toBe(await on(-36));
    // The acceptance group decides on the engine: the committee's secretary, then the inspector.
    await decide(taken.pending!.workflowId, people.committeeSecretary);
    await decide(taken.pending!.workflowId, people.inspector);
    const closed = await settle(item, (r) => r.status === 'closed', 'accepted live');
    expect(closed.closedOn).toBe(await today());
  });

  it('returns a failed acceptance for a second round of half the first round\'s working days', async () => {
    const item = await register();
    const deadline = await inDays(90);
    await assign(item, deadline);
    await approvePlan(item);
    const submitted = await submitForAcceptance(item);
    await decide(submitted.pending!.workflowId, people.committeeSecretary, 'reject', '佐证材料不足');
    const second = await settle(item, (r) => r.round === 2, 'second round');
    expect(second.status).toBe('in_progress');
    const failed = second.transitions.at(-1)!;
    expect(failed).toMatchObject({ kind: 'acceptance_failed', note: '佐证材料不足' });
    const first = workingDaysBetween(parseLocalDate(second.assignedOn!), parseLocalDate(deadline));
    const failedOn = shanghaiDateOf(new Date(failed.at));
    expect(second.deadline).toBe(addWorkingDays(failedOn, Math.floor(first / 2)));
    expect(second.deadline! < deadline).toBe(true);
  });

  it('moves the deadline on an extension asked in time, and refuses one asked late without a trace', async () => {
    const item = await register();
    const deadline = await inDays(10);
    await assign(item, deadline);
    await approvePlan(item);
    const asked = await officer(item, {
      type: 'request_extension',
      idempotencyKey: nextKey(),
      newDeadline: await inDays(40),
      reason: '需协调上级部门',
    });
    await decide(asked.pendingExtension!.workflowId, people.committeeSecretary);
    const extended = await settle(item, (r) => r.pendingExtension === null, 'extension settled');
    expect(extended.deadline).toBe(await inDays(40));

    await t.env.sleep(45 * DAY);
    const before = await item.state();
    const late = await officer(item, {
      type: 'request_extension',
      idempotencyKey: nextKey(),
      newDeadline: await inDays(60),
      reason: '仍需时间',
    }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((late as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'EXTENSION_TOO_LATE' });
    expect((await item.state()).version).toBe(before.version);
  });

  it('carries a long-term item by milestones and reminds of overdue progress reports', async () => {
    const item = await register();
    await assign(item, await inDays(20));
    await approvePlan(item);
    const longTerm = await officer(item, {
      type: 'long_term',
      idempotencyKey: nextKey(),
      milestones: [
        { title: '完成制度修订', due: await inDays(60) },
        { title: '完成全员培训', due: await inDays(200) },
      ],
      reportEveryMonths: 1,
      reason: '需上级政策配套',
    });
    expect(longTerm.deadline).toBe(await inDays(200));
    await t.env.sleep(35 * DAY);
    await settle(item, (r) => r.transitions.some((x) => x.kind === 'report_due'), 'report reminder');
    await officer(item, {
      type: 'milestone_done',
      idempotencyKey: nextKey(),
      index: 0,
      note: '',
      files: [file],
    });
    const done = await officer(item, {
      type: 'milestone_done',
      idempotencyKey: nextKey(),
      index: 1,
      note: '',
      files: [],
    });
    expect(done.progressPercent).toBe(100);
  });

  it('reopens an item whose look-back finds a relapse, and finishes one that holds', async () => {
    const relapsed = await register({ fixedOnSpot: { note: '当场补齐', files: [file] } });
    const holds = await register({ fixedOnSpot: { note: '当场补齐', files: [file] } });
    await t.env.sleep(190 * DAY);
    const look = (item: Item, ok: boolean) =>
      supervisor(item, {
        type: 'look_back',
        idempotencyKey: nextKey(),
        holds: ok,
        note: ok ? '成果巩固' : '问题反弹',
        files: [],
      });
    const reopened = await look(relapsed, false);
    expect(reopened).toMatchObject({ status: 'in_progress', reopened: true, round: 2 });
    await look(holds, true);
    // Polled rather than awaited: awaiting a result lets the test server skip time freely.
    await waitFor(async () => (await holds.handle.describe()).status.name === 'COMPLETED', 'completed');
  });
});
