import { checkProcedureTermination } from '@bastion/approvals-server/testing';
import { ADMIN, directory, startedForSuite } from '@bastion/platform-service-testing';
import { itemWorkflowId } from '@bastion/rectification-contracts';
import { startRectificationTestApp, type RectificationTestApp } from '../../testing/rectification-test-app';
import { action, inDays, item, itemWhen, openBatch, registerItem, step } from '../../testing/fixtures';

describe('an administrator terminates a stuck item, over HTTP', () => {
  const t = startedForSuite(() => startRectificationTestApp('item_termination'));
  let batchId: string;

  beforeAll(async () => {
    batchId = (await openBatch(t)).row.id;
  });

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

    // The item's people see it terminated, with nothing more to do on it.
    const seen = await item(t, id, 'submitter');
    expect(seen).toMatchObject({
      row: { status: 'terminated' },
      allowedActions: [],
      termination: { reason },
    });

    // It is counted and filtered under its own status.
    const listed = await t.as('inspectionWu').get(`/items?status=terminated&batchId=${batchId}`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  checkProcedureTermination({
    record: 'item',
    service: t,
    workflowId: itemWorkflowId,
    terminate,
    awaitingSignOff: async () => {
      const id = await assigned();
      const planned = await step(t, 'submitter', id, 'submit_plan', {
        measures: '逐月补齐记录',
        target: '记录完整',
      });
      return { id, requestId: planned.record.pending!.requestId };
    },
    refused: ['inspectionWu', 'submitter'],
    state: async (id) => {
      const view = await item(t, id);
      return { status: view.row.status, termination: view.termination };
    },
    step: (id) =>
      t.as('submitter').post(`/items/${id}/actions`, action('progress', { percent: 50, note: '进展' })),
    terminations: async (id) =>
      (await item(t, id)).transitions.filter((tr) => tr.kind === 'terminated').length,
    running: { open: assigned, state: { status: 'assigned', termination: null } },
    ended: {
      open: async () => {
        const id = await registerItem(t, batchId, { fixedOnSpot: { note: '已当场整改' } });
        await itemWhen(t, id, (v) => v.row.status === 'closed', 'fixed on the spot');
        return id;
      },
      state: { status: 'closed', termination: null },
    },
  });
});
