import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  APPROVALS_TASK_QUEUE,
  generalRequestInputSchema,
  generalRequestWorkflowId,
} from '@bastion/approvals-contracts';
import { ADMIN, checkTerminationGuards, directory, startedForSuite } from '@bastion/platform-service-testing';
import { type ApprovalsTestApp, startApprovalsTestApp } from '../../testing/approvals-test-app';
import { action, branchToCommittee, createTemplate, ledgerActions, submit } from '../../testing/fixtures';

describe('an administrator terminates a stuck request, over HTTP', () => {
  const t = startedForSuite(() => startApprovalsTestApp('termination'));
  let template: string;

  beforeAll(async () => {
    template = await createTemplate(t, branchToCommittee());
  });

  const terminate = (who: Parameters<ApprovalsTestApp['as']>[0], id: string, body: unknown) =>
    t.as(who).post(`/requests/${id}/terminate`, body);

  it('ends the workflow and records who, when and why on the request and in its ledger', async () => {
    const request = await submit(t, template);
    const reason = '附件编码损坏，流程无法继续，由管理员终止';

    const done = await terminate(ADMIN, request.id, { reason: `  ${reason}  ` });

    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      id: request.id,
      status: 'terminated',
      currentStage: null,
      myActions: [],
    });
    expect((await ledgerActions(t, request.id)).at(-1)).toBe(`terminate:${ADMIN.displayName}`);
    const [row] = await t.db.query(
      `SELECT opinion, detail FROM approvals.ledger WHERE request_id = $1 AND action = 'terminate'`,
      [request.id],
    );
    expect(row).toEqual({
      opinion: reason,
      detail: { terminatedByUserId: ADMIN.userId, username: 'admin', statusBefore: 'running' },
    });
    // The chain stays intact with the new row.
    expect((await t.as(ADMIN).get(`/requests/${request.id}/verify`)).body).toMatchObject({ intact: true });

    // Both the general request's workflow and its approval are over in Temporal.
    const parent = await t.temporal.workflow.getHandle(generalRequestWorkflowId(request.id)).describe();
    expect(parent.status.name).toBe('TERMINATED');
    const [{ workflow_id: approvalId }] = await t.db.query(
      `SELECT workflow_id FROM approvals.request WHERE id = $1`,
      [request.id],
    );
    expect((await t.temporal.workflow.getHandle(approvalId).describe()).status.name).toBe('TERMINATED');

    // Nobody is left with a task on it, and nobody can act on it.
    const todo = await t.as('farmASecretary').get('/inbox?tab=todo');
    expect(todo.body.items.map((i: { requestId: string }) => i.requestId)).not.toContain(request.id);
    const seen = await t.as('submitter').get(`/requests/${request.id}`);
    expect(seen.body).toMatchObject({ status: 'terminated', myActions: [], termination: { reason } });
    const late = await t.as('farmASecretary').post(`/requests/${request.id}/actions`, action('approve'));
    expect(late.status).toBeGreaterThanOrEqual(400);
  });

  checkTerminationGuards({
    record: 'request',
    terminate,
    refused: ['submitter', 'farmASecretary'],
    state: async (id) => ({
      status: (await t.as('submitter').get(`/requests/${id}`)).body.status,
      terminated: (await ledgerActions(t, id)).some((a) => a.startsWith('terminate')),
    }),
    step: (id) => t.as('submitter').post(`/requests/${id}/actions`, action('withdraw')),
    terminations: async (id) => (await ledgerActions(t, id)).filter((a) => a.startsWith('terminate')).length,
    running: {
      open: async () => (await submit(t, template)).id,
      state: { status: 'running', terminated: false },
    },
    ended: {
      open: async () => {
        const { id } = await submit(t, template);
        const withdrawn = await t.as('submitter').post(`/requests/${id}/actions`, action('withdraw'));
        expect(withdrawn.status).toBe(200);
        return id;
      },
      state: { status: 'withdrawn', terminated: false },
    },
  });

  it('leaves a sign-off to the record whose workflow waits for it, and closes it once that one is terminated', async () => {
    // A sign-off as an item's workflow starts it: the approval runs as the child of another workflow.
    const { route } = (await t.as(ADMIN).get(`/templates/${template}`)).body;
    const requestId = randomUUID();
    const parentId = `item-like/${requestId}`;
    await t.temporal.workflow.start('generalRequest', {
      workflowId: parentId,
      taskQueue: APPROVALS_TASK_QUEUE,
      args: [
        generalRequestInputSchema.parse({
          requestId,
          subject: {
            procedure: 'rectification',
            businessKey: requestId,
            title: '整改方案审批',
            org: { id: directory.org('farmA').id },
            submitter: directory.ref('submitter'),
          },
          route,
          template: null,
        }),
      ],
    });
    for (
      let i = 0;
      i < 200 && !(await t.db.query(`SELECT 1 FROM approvals.request WHERE id = $1`, [requestId])).length;
      i++
    ) {
      await sleep(50);
    }

    const refused = await terminate(ADMIN, requestId, { reason: '整改事项卡住，直接终止审批' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SIGN_OFF');
    expect((await t.as(ADMIN).get(`/requests/${requestId}`)).body.status).toBe('running');

    // The item is terminated (its sign-off ends with it); the request left running is then closed here.
    await t.temporal.workflow.getHandle(parentId).terminate('the item was terminated');
    const closed = await terminate(ADMIN, requestId, { reason: '所属整改事项已终止，关闭审批' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'terminated', procedure: 'rectification' });
    expect((await ledgerActions(t, requestId)).at(-1)).toBe(`terminate:${ADMIN.displayName}`);
  });

  it('answers 404 for a request that does not exist', async () => {
    const missing = await terminate(ADMIN, '00000000-0000-4000-8000-000000000000', {
      reason: '不存在的请示',
    });
    expect(missing.status).toBe(404);
  });
});
