import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestDetail, RouteInput } from '@bastion/approvals-contracts';
import { ADMIN, directory, type PersonKey, startedForSuite } from '@bastion/platform-service-testing';
import { startApprovalsTestApp } from '../../testing/approvals-test-app';
import {
  action,
  branchReview,
  createTemplate,
  ledgerActions,
  roleStage,
  submit,
} from '../../testing/fixtures';

/** The branch secretary (或签), then three named signers who must all approve (会签). */
const jointSignOff: { name: string; route: RouteInput } = {
  name: '会签退回测试',
  route: {
    stages: [
      branchReview,
      {
        name: '三方会签',
        assignees: {
          kind: 'people',
          people: [directory.ref('orgDeptLin'), directory.ref('orgDeptHe'), directory.ref('groupSecretary')],
        },
        mode: { kind: 'all' },
      },
    ],
    settings: {},
  },
};

/** A stage for the approving committee's discipline commission: nobody in the test tree holds it, above or below. */
const nobodyToSign: { name: string; route: RouteInput } = {
  name: '无人可审',
  route: {
    stages: [
      roleStage('纪委审查', 'discipline_commission', { kind: 'approving_committee' }, 'all', {
        timeLimit: { amount: 1, unit: 'working_days' },
      }),
    ],
    settings: { whenNobody: 'escalate' },
  },
};

describe('a return inside a 会签 stage, and a route that finds nobody, over HTTP', () => {
  const t = startedForSuite(() => startApprovalsTestApp('return_and_nobody'));
  const detail = async (id: string, who: PersonKey = 'submitter'): Promise<RequestDetail> =>
    (await t.as(who).get(`/requests/${id}`)).body;

  async function until(
    id: string,
    done: (d: RequestDetail) => boolean,
    what: string,
  ): Promise<RequestDetail> {
    const giveUpAt = Date.now() + 30_000;
    for (;;) {
      const d = await detail(id);
      if (done(d)) return d;
      if (Date.now() > giveUpAt) throw new Error(`${what}: last seen ${JSON.stringify(d)}`);
      await sleep(100);
    }
  }

  it('closes the other open tasks as closed by return and keeps the approvals of that pass on the request and the ledger', async () => {
    const template = await createTemplate(t, jointSignOff);
    const request = await submit(t, template);
    const act = (who: PersonKey, type: string, over: Record<string, unknown> = {}) =>
      t.as(who).post(`/requests/${request.id}/actions`, action(type, over));

    expect((await act('farmASecretary', 'approve')).status).toBe(200);
    expect((await act('orgDeptLin', 'approve', { opinion: '同意。' })).status).toBe(200);
    const returned = await act('orgDeptHe', 'return', {
      target: { kind: 'stage', stageIndex: 0 },
      opinion: '预算依据不足，请支部重新审核。',
    });
    expect(returned.status).toBe(200);

    const after = await detail(request.id);
    expect(after).toMatchObject({ status: 'running', currentStage: 0 });
    const [branch, joint] = after.stages;
    expect(branch).toMatchObject({ status: 'open', round: 2 });
    expect(branch!.passes).toEqual([
      expect.objectContaining({
        round: 1,
        endedBy: 'return',
        tasks: [expect.objectContaining({ assignee: directory.ref('farmASecretary'), status: 'approved' })],
      }),
    ]);
    // The joint stage waits to run again; its first pass stays on view, as it ended.
    expect(joint).toMatchObject({ status: 'pending', tasks: [] });
    expect(joint!.passes).toHaveLength(1);
    const pass = joint!.passes[0]!;
    expect(pass).toMatchObject({ round: 1, endedBy: 'return' });
    const byPerson = Object.fromEntries(pass.tasks.map((task) => [task.assignee.personId, task]));
    expect(byPerson[directory.ref('orgDeptLin').personId]).toMatchObject({
      status: 'approved',
      decidedAt: expect.any(String),
    });
    expect(byPerson[directory.ref('groupSecretary').personId]).toMatchObject({
      status: 'closed_by_return',
      decidedAt: null,
    });
    // The one closed task is no longer anyone's to-do.
    const todo = await t.as('groupSecretary').get('/inbox?tab=todo');
    expect(todo.body.items.map((r: { requestId: string }) => r.requestId)).not.toContain(request.id);

    // The ledger: the return names the approvals kept, and a row for each task it closed.
    const actions = await ledgerActions(t, request.id);
    expect(actions).toEqual(expect.arrayContaining(['approve:林组织', 'return:何组织', 'closed_by_return']));
    const returnRow = after.timeline.find((e) => e.action === 'return')!;
    expect(returnRow.detail).toMatchObject({
      pass: 1,
      approvalsKept: [expect.objectContaining({ person: directory.ref('orgDeptLin') })],
      closedByReturn: [directory.ref('groupSecretary')],
    });
    const closedRow = after.timeline.find((e) => e.action === 'closed_by_return')!;
    expect(closedRow).toMatchObject({
      automatic: true,
      actor: null,
      onBehalfOf: directory.ref('groupSecretary'),
    });

    // The second pass opens fresh tasks; the first pass's approval is still shown beside them.
    expect((await act('farmASecretary', 'approve')).status).toBe(200);
    const second = await detail(request.id);
    expect(second.stages[1]).toMatchObject({ status: 'open', round: 2 });
    expect(second.stages[1]!.tasks.map((task) => task.status)).toEqual(['open', 'open', 'open']);
    expect(second.stages[1]!.passes[0]!.tasks.filter((task) => task.status === 'approved')).toHaveLength(1);
  });

  it('ends a request whose route finds nobody as "no assignee" on the request, the ledger and the inbox, and tells the submitter', async () => {
    const template = await createTemplate(t, nobodyToSign);
    const request = await submit(t, template, { title: '关于设立临时党支部的请示' });
    const ended = await until(request.id, (d) => d.status !== 'running', 'the request ends');
    expect(ended).toMatchObject({ status: 'no_assignee', currentStage: null, myActions: ['comment'] });
    expect(ended.decidedAt).toEqual(expect.any(String));
    expect(ended.timeline.map((e) => e.action)).toContain('no_assignee');
    expect(ended.timeline.map((e) => e.action)).not.toContain('expired');
    expect(ended.timeline.find((e) => e.action === 'no_assignee')).toMatchObject({
      stageName: '纪委审查',
      automatic: true,
      detail: { stage: '纪委审查', whenNobody: 'escalate' },
    });

    const mine = await t.as('submitter').get('/inbox?tab=mine');
    expect(mine.body.items.find((r: { requestId: string }) => r.requestId === request.id)).toMatchObject({
      status: 'no_assignee',
    });
    const filtered = await t.as(ADMIN).get(`/requests/${request.id}`);
    expect(filtered.body.status).toBe('no_assignee');

    const bell = await t.as('submitter').get('/notifications');
    const told = bell.body.items.find((n: { requestId: string }) => n.requestId === request.id);
    expect(told).toMatchObject({ kind: 'outcome', readAt: null });
    expect(told.text).toContain('因找不到审批人而终止');
  });
});
