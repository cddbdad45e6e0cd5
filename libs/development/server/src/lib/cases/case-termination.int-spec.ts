import { caseWorkflowId } from '@bastion/development-contracts';
import { signOffEnd, signOffLedgerTail } from '@bastion/approvals-server/testing';
import { ADMIN, directory, REFUSED_TERMINATION_BODIES } from '@bastion/platform-service-testing';
import { type DevelopmentTestApp, startDevelopmentTestApp } from '../../testing/development-test-app';
import {
  action,
  caseIdle,
  caseView,
  eventually,
  inDays,
  inMonths,
  migrateCase,
  openCase,
  paperRecord,
  step,
} from '../../testing/fixtures';

describe('an administrator terminates a stuck case, over HTTP', () => {
  let t: DevelopmentTestApp;

  beforeAll(async () => {
    t = await startDevelopmentTestApp('development_termination');
  });
  afterAll(() => t.close());

  const terminate = (who: Parameters<DevelopmentTestApp['as']>[0], id: string, body: unknown) =>
    t.as(who).post(`/cases/${id}/terminate`, body);

  it('ends the workflow and records who, when and why on the case and in its record', async () => {
    const id = await openCase(t, 'applicantZhou', { applicationDate: inDays(-10) });
    await caseIdle(t, id);
    const reason = '纸质档案导入出错，流程无法继续，由管理员终止';

    const done = await terminate(ADMIN, id, { reason: `  ${reason}  ` });

    expect(done.status).toBe(200);
    expect(done.body.row).toMatchObject({ id, status: 'terminated', nextDue: null });
    expect(done.body.allowedSteps).toEqual([]);
    expect(done.body.termination).toMatchObject({
      by: { userId: ADMIN.userId, name: ADMIN.displayName },
      reason,
    });
    expect(Date.parse(done.body.termination.at)).not.toBeNaN();
    expect(done.body.record.entries.at(-1)).toMatchObject({
      kind: 'terminated',
      statusAfter: 'terminated',
      automatic: false,
      note: reason,
      date: inDays(0),
      details: {
        account: { userId: ADMIN.userId, name: ADMIN.displayName },
        username: 'admin',
        statusBefore: 'applicant',
      },
    });
    const [entry] = await t.db.query(
      `SELECT actor_name, note FROM development.case_entry WHERE case_id = $1 AND kind = 'terminated'`,
      [id],
    );
    expect(entry).toEqual({ actor_name: ADMIN.displayName, note: reason });
    // Nothing is current or due on it any more.
    expect(done.body.record).toMatchObject({ status: 'terminated', currentStep: null, clocks: [] });
    expect(
      done.body.timeline.filter((s: { state: string }) => ['current', 'coming'].includes(s.state)),
    ).toEqual([]);
    expect(done.body.timeline.find((s: { key: string }) => s.key === 'talk')).toMatchObject({
      state: 'not_reached',
      due: null,
    });
    // Its clocks stop: the talk is no longer due.
    expect(await t.db.query(`SELECT key FROM development.case_clock WHERE case_id = $1`, [id])).toEqual([]);
    const described = await t.temporal.workflow.getHandle(caseWorkflowId(id)).describe();
    expect(described.status.name).toBe('TERMINATED');

    // The branch sees it terminated and can take no step on it.
    const seen = await caseView(t, id);
    expect(seen).toMatchObject({ row: { status: 'terminated' }, allowedSteps: [], termination: { reason } });
    const late = await t
      .as('farmASecretary')
      .post(
        `/cases/${id}/actions`,
        action({ type: 'talk', date: inDays(0), talker: directory.ref('farmASecretary'), note: '谈话' }),
      );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ENDED');

    // Terminating it again changes nothing.
    const again = await terminate(ADMIN, id, { reason: '再次终止，应无变化' });
    expect(again.status).toBe(200);
    expect(again.body.termination.reason).toBe(reason);
    expect(again.body.record.entries.filter((e: { kind: string }) => e.kind === 'terminated')).toHaveLength(
      1,
    );
  });

  it('closes the sign-off the case was waiting for, with who and why, in the approvals read model and ledger', async () => {
    const id = await migrateCase(
      t,
      'applicantGu',
      inMonths(-20),
      paperRecord('candidate', {
        application: inMonths(-20),
        activist: inMonths(-19),
        candidate: inMonths(-2),
      }),
    );
    await caseIdle(t, id);
    const reviewed = await step(t, 'farmASecretary', id, { type: 'committee_review', date: inDays(0) });
    const requestId = reviewed.record.pending!.requestId;
    const request = () => signOffEnd(t, requestId);
    await eventually(request, (row) => row?.status === 'running', 'the pre-review’s sign-off opened');
    const reason = '预审卡住，案卷由管理员终止';

    expect((await terminate(ADMIN, id, { reason })).status).toBe(200);

    // The sign-off ends with the case and closes its own request: nobody is left a task on it.
    const closed = await eventually(
      request,
      (row) => row?.status === 'terminated',
      'the sign-off closed with its case',
    );
    expect(closed).toEqual({
      status: 'terminated',
      terminated_by_user_id: ADMIN.userId,
      terminated_by_name: ADMIN.displayName,
      termination_reason: reason,
    });
    const { last, openTasks } = await signOffLedgerTail(t, requestId);
    expect(last).toMatchObject({
      action: 'terminate',
      automatic: true,
      actor_name: ADMIN.displayName,
      opinion: reason,
    });
    expect(openTasks).toEqual([]);
  });

  it('is for system administrators only', async () => {
    const id = await openCase(t, 'applicantSun', { applicationDate: inDays(-10) });
    for (const who of ['farmASecretary', 'applicantSun'] as const) {
      const refused = await terminate(who, id, { reason: '我想终止这个案卷' });
      expect(refused.status).toBe(403);
    }
    const view = await caseView(t, id);
    expect(view.row.status).toBe('applicant');
    expect(view.termination).toBeNull();
  });

  it('refuses a case that has ended on its own with 409', async () => {
    const id = await openCase(t, 'applicantMa', { applicationDate: inDays(-30) }, 'farmBSecretary');
    await caseIdle(t, id);
    await step(t, 'farmBSecretary', id, { type: 'withdraw', date: inDays(0), reason: '本人申请撤回' });

    const refused = await terminate(ADMIN, id, { reason: '已撤回仍尝试终止' });

    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ENDED');
    expect((await caseView(t, id, 'farmBSecretary')).row.status).toBe('withdrawn');
  });

  it('needs a reason of plain text', async () => {
    const id = await openCase(t, 'applicantLi', { applicationDate: inDays(-10) });
    for (const body of REFUSED_TERMINATION_BODIES) {
      expect((await terminate(ADMIN, id, body)).status).toBe(400);
    }
    expect((await caseView(t, id)).row.status).toBe('applicant');
  });
});
