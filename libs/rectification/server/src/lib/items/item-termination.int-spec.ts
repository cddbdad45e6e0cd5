import { signOffEnd, signOffLedgerTail } from '@bastion/approvals-server/testing';
import { ADMIN, directory, REFUSED_TERMINATION_BODIES } from '@bastion/platform-service-testing';
import { itemWorkflowId } from '@bastion/rectification-contracts';
import { startRectificationTestApp, type RectificationTestApp } from '../../testing/rectification-test-app';
import {
  action,
  eventually,
  inDays,
  item,
  itemWhen,
  openBatch,
  registerItem,
  step,
} from '../../testing/fixtures';

describe('an administrator terminates a stuck item, over HTTP', () => {
  let t: RectificationTestApp;
  let batchId: string;

  beforeAll(async () => {
    t = await startRectificationTestApp('item_termination');
    batchId = (await openBatch(t)).row.id;
  });
  afterAll(() => t.close());

  const terminate = (who: Parameters<RectificationTestApp['as']>[0], id: string, body: unknown) =>
    t.as(who).post(`/items/${id}/terminate`, body);

  async function assigned(): Promise<string> {
    const id = await registerItem(t, batchId);
    await step(t, 'inspectionWu', id, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(30),
    });
    return id;
  }

  it('ends the workflow and records who, when and why on the item and in its record', async () => {
    const id = await assigned();
    const reason = '导入数据编码错误，流程无法继续，由管理员终止';

    const done = await terminate(ADMIN, id, { reason: `  ${reason}  ` });

    expect(done.status).toBe(200);
    expect(done.body.row).toMatchObject({ id, status: 'terminated', daysLeft: null, light: 'green' });
    expect(done.body.record.status).toBe('terminated');
    expect(done.body.allowedActions).toEqual([]);
    expect(done.body.termination).toMatchObject({
      by: { userId: ADMIN.userId, name: ADMIN.displayName },
      reason,
    });
    expect(Date.parse(done.body.termination.at)).not.toBeNaN();
    expect(done.body.transitions.at(-1)).toMatchObject({
      kind: 'terminated',
      from: 'assigned',
      to: 'terminated',
      automatic: false,
      note: reason,
    });
    const [row] = await t.db.query(
      `SELECT kind, actor_name, note FROM rectification.transition WHERE item_id = $1 AND kind = 'terminated'`,
      [id],
    );
    expect(row).toEqual({ kind: 'terminated', actor_name: ADMIN.displayName, note: reason });
    const described = await t.temporal.workflow.getHandle(itemWorkflowId(id)).describe();
    expect(described.status.name).toBe('TERMINATED');

    // The item's people see it terminated and can do nothing more on it.
    const seen = await item(t, id, 'submitter');
    expect(seen).toMatchObject({
      row: { status: 'terminated' },
      allowedActions: [],
      termination: { reason },
    });
    const late = await t
      .as('submitter')
      .post(`/items/${id}/actions`, action('progress', { percent: 50, note: '进展' }));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ENDED');

    // It is counted and filtered under its own status.
    const listed = await t.as('inspectionWu').get(`/items?status=terminated&batchId=${batchId}`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([id]);

    // Terminating it again changes nothing.
    const again = await terminate(ADMIN, id, { reason: '再次终止，应无变化' });
    expect(again.status).toBe(200);
    expect(again.body.termination.reason).toBe(reason);
    expect(again.body.transitions.filter((tr: { kind: string }) => tr.kind === 'terminated')).toHaveLength(1);
  });

  it('closes the sign-off the item was waiting for, with who and why, in the approvals read model and ledger', async () => {
    const id = await assigned();
    const planned = await step(t, 'submitter', id, 'submit_plan', {
      measures: '逐月补齐记录',
      target: '记录完整',
    });
    const requestId = planned.record.pending!.requestId;
    const request = () => signOffEnd(t, requestId);
    await eventually(request, (row) => row?.status === 'running', 'the plan’s sign-off opened');
    const reason = '整改方案审批卡住，事项由管理员终止';

    expect((await terminate(ADMIN, id, { reason })).status).toBe(200);

    // The sign-off ends with the item and closes its own request: nobody is left a task on it.
    const closed = await eventually(
      request,
      (row) => row?.status === 'terminated',
      'the sign-off closed with its item',
    );
    expect(closed).toEqual({
      status: 'terminated',
      terminated_by_user_id: ADMIN.userId,
      terminated_by_name: ADMIN.displayName,
      termination_reason: reason,
    });
    const { last, openTasks } = await signOffLedgerTail(t, requestId);
    expect(last).toEqual({
      action: 'terminate',
      automatic: true,
      actor_name: ADMIN.displayName,
      opinion: reason,
      parent: itemWorkflowId(id),
    });
    expect(openTasks).toEqual([]);
    const seen = await t.approvals.as(ADMIN).get(`/requests/${requestId}`);
    expect(seen.body).toMatchObject({
      status: 'terminated',
      termination: { by: { userId: ADMIN.userId, name: ADMIN.displayName }, reason },
    });
    expect((await t.approvals.as(ADMIN).get(`/requests/${requestId}/verify`)).body).toMatchObject({
      intact: true,
      problems: [],
    });
  });

  it('is for system administrators only', async () => {
    const id = await assigned();
    for (const who of ['inspectionWu', 'submitter'] as const) {
      const refused = await terminate(who, id, { reason: '我想终止这个问题' });
      expect(refused.status).toBe(403);
    }
    const view = await item(t, id);
    expect(view.row.status).toBe('assigned');
    expect(view.termination).toBeNull();
  });

  it('refuses an item that has ended on its own with 409', async () => {
    const id = await registerItem(t, batchId, { fixedOnSpot: { note: '已当场整改' } });
    await itemWhen(t, id, (v) => v.row.status === 'closed', 'fixed on the spot');

    const refused = await terminate(ADMIN, id, { reason: '已销号仍尝试终止' });

    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ENDED');
    expect((await item(t, id)).row.status).toBe('closed');
  });

  it('needs a reason of plain text', async () => {
    const id = await assigned();
    for (const body of REFUSED_TERMINATION_BODIES) {
      expect((await terminate(ADMIN, id, body)).status).toBe(400);
    }
    expect((await item(t, id)).row.status).toBe('assigned');
  });
});
