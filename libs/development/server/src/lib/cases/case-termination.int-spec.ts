import { caseWorkflowId } from '@bastion/development-contracts';
import { expectSignOffEndsWithItsRecord } from '@bastion/approvals-server/testing';
import {
  ADMIN,
  checkTerminationGuards,
  directory,
  type PersonKey,
  startedForSuite,
} from '@bastion/platform-service-testing';
import { type DevelopmentTestApp, startDevelopmentTestApp } from '../../testing/development-test-app';
import { action, caseIdle, caseView, inDays, migrateCandidate, openCase, step } from '../../testing/fixtures';

describe('an administrator terminates a stuck case, over HTTP', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_termination'));
  const terminate = (who: Parameters<DevelopmentTestApp['as']>[0], id: string, body: unknown) =>
    t.as(who).post(`/cases/${id}/terminate`, body);
  /** Applicants of 甲林场党支部 whose cases the guards open, one a test. */
  const spareApplicants: PersonKey[] = ['applicantSun', 'applicantLi'];

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
    expect(seen).toMatchObject({
      row: { status: 'terminated' },
      allowedSteps: [],
      termination: { reason },
    });
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
    const id = await migrateCandidate(t, 'applicantGu');
    await caseIdle(t, id);
    const reviewed = await step(t, 'farmASecretary', id, { type: 'committee_review', date: inDays(0) });
    const requestId = reviewed.record.pending!.requestId;
    const reason = '预审卡住，案卷由管理员终止';

    await expectSignOffEndsWithItsRecord(t, { requestId, parentWorkflowId: caseWorkflowId(id), reason }, () =>
      terminate(ADMIN, id, { reason }),
    );
  });

  checkTerminationGuards({
    record: 'case',
    terminate,
    refused: ['farmASecretary', 'applicantSun'],
    state: async (id) => {
      const { body } = await t.as(ADMIN).get(`/cases/${id}`);
      return { status: body.row.status, termination: body.termination };
    },
    running: {
      open: () => openCase(t, spareApplicants.shift()!, { applicationDate: inDays(-10) }),
      state: { status: 'applicant', termination: null },
    },
    ended: {
      open: async () => {
        const id = await openCase(t, 'applicantMa', { applicationDate: inDays(-30) }, 'farmBSecretary');
        await caseIdle(t, id);
        await step(t, 'farmBSecretary', id, { type: 'withdraw', date: inDays(0), reason: '本人申请撤回' });
        return id;
      },
      state: { status: 'withdrawn', termination: null },
    },
  });
});
