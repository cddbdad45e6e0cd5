import { type ApprovalsTestApp, startApprovalsTestApp } from '../../testing/approvals-test-app';
import {
  action,
  anyOfOrgDepartment,
  branchToCommittee,
  createTemplate,
  ledgerActions,
  submit,
} from '../../testing/fixtures';
import { taskDecisions } from '@bastion/approvals-rules/testing';
import { signAccessToken } from '@bastion/platform-auth';
import { ADMIN, directory, principalOf, startedForSuite } from '@bastion/platform-service-testing';

describe('general requests through the sign-off engine, over HTTP', () => {
  const t = startedForSuite(() => startApprovalsTestApp('requests'));
  let template: string;
  let anyTemplate: string;

  beforeAll(async () => {
    template = await createTemplate(t, branchToCommittee());
    anyTemplate = await createTemplate(t, anyOfOrgDepartment());
  });

  describe('a request along the branch → committee template', () => {
    let request: { id: string; number: string };

    beforeAll(async () => {
      request = await submit(t, template);
    });

    it('is on record with a number when the submission answers', async () => {
      expect(request.number).toMatch(/^SP\d{4}-\d{6}$/);
      const detail = await t.as('submitter').get(`/requests/${request.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        id: request.id,
        number: request.number,
        title: '关于购置护林防火设备的请示',
        procedure: 'general',
        businessKey: `general-request/${request.id}`,
        org: { id: directory.org('farmA').id, name: '甲林场党支部' },
        submitter: directory.ref('submitter'),
        status: 'running',
        currentStage: 0,
        body: '为做好今冬明春森林防火工作，拟购置风力灭火机十台，请审批。',
        template: { id: template, version: 1, name: '通用请示（支部 → 上级党委）' },
        requires: { opinion: false, attachments: false, signature: false },
      });
      const [first, second] = detail.body.stages;
      expect(first).toMatchObject({ index: 0, name: '支部审核', status: 'open', round: 1, forecast: null });
      expect(first.tasks).toEqual([
        expect.objectContaining({
          assignee: directory.ref('farmASecretary'),
          status: 'open',
          light: 'green',
        }),
      ]);
      expect(first.tasks[0].dueAt).toEqual(expect.any(String));
      // The stage to come: whom its rule finds, and when it would be due if the first took its full time.
      expect(second.status).toBe('pending');
      expect(second.forecast.assignees).toEqual(
        expect.arrayContaining([directory.ref('orgDeptLin'), directory.ref('orgDeptHe')]),
      );
      expect(Date.parse(second.forecast.dueAt)).toBeGreaterThan(Date.parse(first.tasks[0].dueAt));
      expect(detail.body.timeline.map((e: { action: string }) => e.action)).toEqual([
        'submitted',
        'stage_opened',
      ]);
      expect(detail.body.myActions).toEqual(expect.arrayContaining(['withdraw', 'urge', 'comment', 'cc']));
      expect(detail.body.myActions).not.toContain('approve');
    });

    it('offers the assignee the decisions', async () => {
      const detail = await t.as('farmASecretary').get(`/requests/${request.id}`);
      expect(detail.body.myActions).toEqual(expect.arrayContaining([...taskDecisions, 'comment']));
      expect(detail.body.myActions).not.toContain('withdraw');
    });

    it('shows in the assignee’s to-do and the submitter’s own requests, with counts per tab', async () => {
      const todo = await t.as('farmASecretary').get('/inbox?tab=todo');
      expect(todo.status).toBe(200);
      expect(todo.body.counts).toEqual({ todo: 1, done: 0, cc: 0, mine: 0 });
      expect(todo.body.items).toEqual([
        expect.objectContaining({
          requestId: request.id,
          number: request.number,
          stageName: '支部审核',
          task: expect.objectContaining({ light: 'green', asDelegate: false, dueAt: expect.any(String) }),
        }),
      ]);
      const mine = await t.as('submitter').get('/inbox?tab=mine');
      expect(mine.body.counts).toMatchObject({ todo: 0, mine: 1 });
      expect(mine.body.items.map((r: { requestId: string }) => r.requestId)).toEqual([request.id]);
      expect((await t.as('orgDeptLin').get('/inbox')).body.counts.todo).toBe(0);
    });

    it('filters and searches the inbox', async () => {
      const as = t.as('farmASecretary');
      const count = async (query: string) => (await as.get(`/inbox?tab=todo&${query}`)).body.total;
      expect(await count(`q=${encodeURIComponent(request.number)}`)).toBe(1);
      expect(await count(`q=${encodeURIComponent('防火设备')}`)).toBe(1);
      expect(await count('q=nothing-like-this')).toBe(0);
      expect(await count('procedure=general')).toBe(1);
      expect(await count('procedure=rectification')).toBe(0);
      expect(await count(`orgId=${directory.org('bureau').id}`)).toBe(1);
      expect(await count(`orgId=${directory.org('farmB').id}`)).toBe(0);
      expect(await count('overdue=true')).toBe(0);
      expect(await count('overdue=false')).toBe(1);
      expect(await count('dueBefore=2000-01-01T00:00:00Z')).toBe(0);
      expect(await count('dueBefore=2099-01-01T00:00:00Z')).toBe(1);
      expect((await as.get('/inbox?tab=nope')).status).toBe(400);
    });

    it('lets the branch secretary approve, which opens the committee stage for both staff', async () => {
      const approved = await t
        .as('farmASecretary')
        .post(`/requests/${request.id}/actions`, action('approve', { opinion: '同意，报上级党委。' }));
      expect(approved.status).toBe(200);
      expect(approved.body).toEqual({ seq: 3, status: 'running' });
      for (const who of ['orgDeptLin', 'orgDeptHe'] as const) {
        const todo = await t.as(who).get('/inbox?tab=todo');
        expect(todo.body.items.map((r: { requestId: string }) => r.requestId)).toEqual([request.id]);
      }
      const done = await t.as('farmASecretary').get('/inbox?tab=done');
      expect(done.body.counts).toMatchObject({ todo: 0, done: 1 });
      expect(done.body.items[0].myLastAction).toEqual({ action: 'approve', at: expect.any(String) });
      expect(await ledgerActions(t, request.id)).toEqual([
        'submitted:赵一',
        'stage_opened',
        'approve:王甲书',
        'stage_approved',
        'stage_opened',
      ]);
    });

    it('offers as return targets only the stage passed, and the submitter', async () => {
      const targets = await t.as('orgDeptLin').get(`/requests/${request.id}/return-targets`);
      expect(targets.status).toBe(200);
      expect(targets.body).toEqual({
        targets: [{ kind: 'stage', stageIndex: 0, name: '支部审核' }, { kind: 'submitter' }],
      });
    });

    it('refuses a decision from someone with no open task in the read model (403)', async () => {
      for (const who of ['submitter', 'groupSecretary', 'farmASecretary'] as const) {
        const refused = await t.as(who).post(`/requests/${request.id}/actions`, action('approve'));
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ code: 'FORBIDDEN', reason: '您在此申请中没有待办任务。' });
      }
    });

    it('hides the request from anyone without a part in it or a supervising role (404)', async () => {
      for (const who of ['farmAMember', 'farmBSecretary', 'otherSecretary'] as const) {
        expect((await t.as(who).get(`/requests/${request.id}`)).status).toBe(404);
        expect((await t.as(who).post(`/requests/${request.id}/actions`, action('approve'))).status).toBe(404);
      }
      const supervisor = await t.as('groupSecretary').get(`/requests/${request.id}`);
      expect(supervisor.status).toBe(200);
      expect(supervisor.body.myActions).toEqual(['urge', 'comment']);
    });

    it('maps the engine’s refusals to HTTP and records nothing for them', async () => {
      const before = await ledgerActions(t, request.id);
      const post = (who: Parameters<ApprovalsTestApp['as']>[0], body: unknown) =>
        t.as(who).post(`/requests/${request.id}/actions`, body);

      // The engine's reason travels by key and is worded in the caller's language, Chinese by default.
      const noOpinion = await post('orgDeptLin', action('approve'));
      expect(noOpinion.status).toBe(400);
      expect(noOpinion.body).toMatchObject({
        code: 'REQUIRED',
        message: '请补全本环节要求的内容（意见、附件或签名）。',
        reason: '本环节须填写意见。',
      });
      const inEnglish = await fetch(`${t.baseUrl}/requests/${request.id}/actions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en-US',
          authorization: `Bearer ${signAccessToken(principalOf('orgDeptLin'), t.env.JWT_SECRET, 60)}`,
        },
        body: JSON.stringify(action('approve')),
      });
      expect(inEnglish.status).toBe(400);
      expect(await inEnglish.json()).toMatchObject({
        code: 'REQUIRED',
        message: 'This stage asks for more before you decide (an opinion, an attachment or a signature).',
        reason: 'This stage needs an opinion.',
      });

      const lateWithdraw = await post('submitter', action('withdraw'));
      expect(lateWithdraw.status).toBe(400);
      expect(lateWithdraw.body).toMatchObject({
        code: 'INVALID',
        reason: '已有人办理该申请，不能再撤回。',
      });

      const notSubmitter = await post('farmASecretary', action('withdraw'));
      expect(notSubmitter.status).toBe(403);
      expect(notSubmitter.body.code).toBe('NOT_ALLOWED');

      const badTarget = await post(
        'orgDeptLin',
        action('return', { target: { kind: 'stage', stageIndex: 1 } }),
      );
      expect(badTarget.status).toBe(400);

      expect(await ledgerActions(t, request.id)).toEqual(before);
    });

    it('answers the same idempotency key twice with one action', async () => {
      const once = action('approve', { opinion: '同意。' });
      const first = await t.as('orgDeptLin').post(`/requests/${request.id}/actions`, once);
      const again = await t.as('orgDeptLin').post(`/requests/${request.id}/actions`, once);
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      const approvals = (await ledgerActions(t, request.id)).filter((a) => a === 'approve:林组织');
      expect(approvals).toHaveLength(1);
    });

    it('lets the submitter urge, but not twice within the interval (429)', async () => {
      const urged = await t
        .as('submitter')
        .post(`/requests/${request.id}/actions`, action('urge', { opinion: '请尽快审批。' }));
      expect(urged.status).toBe(200);
      const again = await t.as('submitter').post(`/requests/${request.id}/actions`, action('urge'));
      expect(again.status).toBe(429);
      expect(again.body.code).toBe('TOO_SOON');
      const bell = await t.as('orgDeptHe').get('/notifications');
      expect(bell.body.items.map((n: { kind: string }) => n.kind)).toEqual(
        expect.arrayContaining(['urge', 'task']),
      );
    });

    it('completes on the last approval, tells the submitter, and refuses anything after (409)', async () => {
      const last = await t
        .as('orgDeptHe')
        .post(`/requests/${request.id}/actions`, action('approve', { opinion: '同意。' }));
      expect(last.body.status).toBe('approved');
      const detail = await t.as('submitter').get(`/requests/${request.id}`);
      expect(detail.body).toMatchObject({ status: 'approved', currentStage: null, myActions: ['comment'] });
      expect(detail.body.decidedAt).toEqual(expect.any(String));
      const bell = await t.as('submitter').get('/notifications');
      expect(bell.body.items[0]).toMatchObject({ kind: 'outcome', requestId: request.id, readAt: null });
      expect(bell.body.items[0].text).toContain('已审批通过');
      // Kept by key: a reader of English reads it in English, the request's own title quoted.
      expect(bell.body.items[0].texts).toMatchObject({
        text: { key: 'approvals.notification.outcome.approved' },
      });
      const submitter = t.as('submitter');
      const auth = (submitter as unknown as { auth(): Record<string, string> }).auth();
      const english = await fetch(`${submitter.baseUrl}/notifications`, {
        headers: { ...auth, 'accept-language': 'en-US' },
      });
      const [outcome] = ((await english.json()) as { items: { title: string; text: string }[] }).items;
      expect(outcome).toMatchObject({
        title: 'Outcome',
        text: `"关于购置护林防火设备的请示" (${request.number}) has been approved.`,
      });

      const after = await t.as('submitter').post(`/requests/${request.id}/actions`, action('withdraw'));
      expect(after.status).toBe(409);
      expect(after.body.code).toBe('ENDED');
      const inbox = await t.as('orgDeptHe').get('/inbox?tab=todo');
      expect(inbox.body.counts.todo).toBe(0);
    });
  });

  it('decides an any-stage once when two approvals race', async () => {
    const request = await submit(t, anyTemplate);
    const [a, b] = await Promise.all(
      (['orgDeptLin', 'orgDeptHe'] as const).map((who) =>
        t.as(who).post(`/requests/${request.id}/actions`, action('approve')),
      ),
    );
    // The loser is refused by the read model or by the workflow's validator: 409 naming the winner either way.
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const [loser, winnerName] = a!.status === 200 ? [b!, '林组织'] : [a!, '何组织'];
    expect(loser.body).toMatchObject({
      code: 'ALREADY_DECIDED',
      params: { by: winnerName, at: expect.any(String) },
    });
    expect(loser.body.message).toContain(`已由${winnerName}于`);
    const actions = await ledgerActions(t, request.id);
    expect(actions.filter((x) => x.startsWith('approve:'))).toHaveLength(1);
    expect(actions.slice(-2)).toEqual(['stage_approved', 'stage_opened']);
    const detail = await t.as('groupSecretary').get(`/requests/${request.id}`);
    expect(detail.body).toMatchObject({ status: 'running', currentStage: 1 });
  });

  it('puts a request returned to its submitter in their to-do until they resubmit', async () => {
    const request = await submit(t, template);
    const returned = await t
      .as('farmASecretary')
      .post(
        `/requests/${request.id}/actions`,
        action('return', { target: { kind: 'submitter' }, opinion: '请补充预算。' }),
      );
    expect(returned.body).toMatchObject({ status: 'returned' });
    const todo = await t.as('submitter').get('/inbox?tab=todo');
    expect(todo.body.items).toEqual([
      expect.objectContaining({
        requestId: request.id,
        status: 'returned',
        task: expect.objectContaining({ id: 'resubmit' }),
      }),
    ]);
    const detail = await t.as('submitter').get(`/requests/${request.id}`);
    expect(detail.body.myActions).toContain('resubmit');
    // Someone has acted, so under the default settings the request can no longer be withdrawn.
    expect(detail.body.myActions).not.toContain('withdraw');
    const bell = await t.as('submitter').get('/notifications?unread=true');
    expect(bell.body.items[0]).toMatchObject({ kind: 'returned', requestId: request.id });

    const resubmitted = await t.as('submitter').post(`/requests/${request.id}/actions`, action('resubmit'));
    expect(resubmitted.body).toMatchObject({ status: 'running' });
    expect((await t.as('submitter').get('/inbox?tab=todo')).body.counts.todo).toBe(0);
    expect(
      (await t.as('farmASecretary').get('/inbox?tab=todo')).body.items.map(
        (r: { requestId: string }) => r.requestId,
      ),
    ).toContain(request.id);
  });

  it('moves a delegated task to the delegate’s to-do and back, and shows a copied request in the 抄送 tab', async () => {
    const request = await submit(t, template);
    const post = (who: Parameters<ApprovalsTestApp['as']>[0], body: unknown) =>
      t.as(who).post(`/requests/${request.id}/actions`, body);
    const todoOf = async (who: Parameters<ApprovalsTestApp['as']>[0]) =>
      (await t.as(who).get('/inbox?tab=todo')).body.items.filter(
        (r: { requestId: string }) => r.requestId === request.id,
      );

    expect(
      (await post('farmASecretary', action('delegate', { to: directory.ref('farmAMember') }))).status,
    ).toBe(200);
    expect(await todoOf('farmASecretary')).toEqual([]);
    expect(await todoOf('farmAMember')).toEqual([
      expect.objectContaining({ task: expect.objectContaining({ asDelegate: true }) }),
    ]);
    expect((await post('farmAMember', action('approve', { opinion: '建议同意。' }))).status).toBe(200);
    expect(await todoOf('farmAMember')).toEqual([]);
    expect(await todoOf('farmASecretary')).toEqual([
      expect.objectContaining({ task: expect.objectContaining({ asDelegate: false }) }),
    ]);

    expect((await t.as('farmBSecretary').get(`/requests/${request.id}`)).status).toBe(404);
    expect(
      (await post('farmASecretary', action('cc', { people: [directory.ref('farmBSecretary')] }))).status,
    ).toBe(200);
    const cc = await t.as('farmBSecretary').get('/inbox?tab=cc');
    expect(cc.body.counts.cc).toBe(1);
    expect(cc.body.items.map((r: { requestId: string }) => r.requestId)).toEqual([request.id]);
    const detail = await t.as('farmBSecretary').get(`/requests/${request.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.cc).toEqual([directory.ref('farmBSecretary')]);
    const bell = await t.as('farmBSecretary').get('/notifications');
    expect(bell.body.items[0]).toMatchObject({ kind: 'cc', requestId: request.id });
  });

  it('submits once per idempotency key, only for the caller’s own organisations', async () => {
    const once = { idempotencyKey: `submit-${Date.now()}` };
    const first = await submit(t, template, once);
    const again = await submit(t, template, once);
    expect(again).toEqual(first);
    const mine = await t.as('submitter').get(`/inbox?tab=mine&q=${first.number}`);
    expect(mine.body.total).toBe(1);

    const general = { templateId: template, title: '关于某事的请示', body: '正文' };
    const elsewhere = await t.as('submitter').post('/general-requests', {
      ...general,
      orgId: directory.org('farmB').id,
    });
    expect(elsewhere.status).toBe(403);
    expect((await t.as(ADMIN).post('/general-requests', general)).status).toBe(403);
    const unknownTemplate = { ...general, templateId: '00000000-0000-4000-8000-000000000000' };
    expect((await t.as('submitter').post('/general-requests', unknownTemplate)).status).toBe(404);
  });

  it('records the organisation’s name as the identity service gives it, and refuses a name from the caller', async () => {
    const general = { templateId: template, title: '关于某事的请示', body: '正文' };
    const submitted = await t
      .as('groupSecretary')
      .post('/general-requests', { ...general, orgId: directory.org('group').id });
    expect(submitted.status).toBe(201);
    const detail = await t.as('groupSecretary').get(`/requests/${submitted.body.id}`);
    expect(detail.body.org).toEqual({ id: directory.org('group').id, name: directory.org('group').name });
    const named = await t
      .as('groupSecretary')
      .post('/general-requests', { ...general, orgName: '随便写的名字' });
    expect(named.status).toBe(400);
    expect(named.body.details).toEqual([{ field: 'orgName', problem: '不认识的字段' }]);
  });

  it.each([
    ['todo', 'farmASecretary'],
    ['done', 'farmASecretary'],
    ['mine', 'submitter'],
  ] as const)(
    'pages the %s tab by keyset, each row once, in the order of the whole list',
    async (tab, who) => {
      const all = await t.as(who).get(`/inbox?tab=${tab}&limit=100`);
      expect(all.body.total).toBeGreaterThanOrEqual(2);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { requestId: string }[]; nextCursor: string | null; total: number } } =
          await t.as(who).get(`/inbox?tab=${tab}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.body.total).toBe(all.body.total);
        seen.push(...page.body.items.map((r) => r.requestId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((r: { requestId: string }) => r.requestId));
      expect((await t.as(who).get(`/inbox?tab=${tab}&cursor=not-a-cursor`)).status).toBe(400);
    },
  );

  it('lists to-dos soonest due first and those without a time limit last, across pages', async () => {
    const undated = [await submit(t, anyTemplate), await submit(t, anyTemplate)];
    const dated = await submit(t, template);
    await t.as('farmASecretary').post(`/requests/${dated.id}/actions`, action('approve'));
    const rows: { requestId: string; task: { dueAt: string | null } }[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: typeof rows; nextCursor: string | null } } = await t
        .as('orgDeptHe')
        .get(`/inbox?tab=todo&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      rows.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(rows.map((r) => r.requestId)).toEqual([dated.id, ...undated.map((u) => u.id).sort()]);
    expect(rows.map((r) => r.task.dueAt === null)).toEqual([false, true, true]);
  });

  it('marks notifications read: the caller’s own, never anyone else’s', async () => {
    const mine = await t.as('farmASecretary').get('/notifications?unread=true');
    expect(mine.body.unread).toBeGreaterThan(0);
    const theirs = await t.as('orgDeptLin').get('/notifications?unread=true');
    const someone = theirs.body.items[0].id as string;
    const marked = await t.as('farmASecretary').post('/notifications/read', {
      ids: [mine.body.items[0].id, someone, 'not-an-id'],
    });
    expect(marked.status).toBe(204);
    expect((await t.as('farmASecretary').get('/notifications')).body.unread).toBe(mine.body.unread - 1);
    expect((await t.as('orgDeptLin').get('/notifications')).body.unread).toBe(theirs.body.unread);
    await t.as('farmASecretary').post('/notifications/read', { all: true });
    expect((await t.as('farmASecretary').get('/notifications')).body.unread).toBe(0);
  });
});
