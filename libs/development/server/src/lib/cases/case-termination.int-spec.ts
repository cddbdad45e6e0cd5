import { caseWorkflowId } from '@bastion/development-contracts';
import { checkProcedureTermination } from '@bastion/approvals-server/testing';
import { ADMIN, directory, type PersonKey, startedForSuite } from '@bastion/platform-service-testing';
import { type DevelopmentTestApp, startDevelopmentTestApp } from '../../testing/development-test-app';
import { action, caseIdle, caseView, inDays, migrateCandidate, openCase, step } from '../../testing/fixtures';

describe('an administrator terminates a stuck case, over HTTP', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_termination'));
  const terminate = (who: Parameters<DevelopmentTestApp['as']>[0], id: string, body: unknown) =>
    t.as(who).post(`/cases/${id}/terminate`, body);
  /** Applicants of 甲林场党支部 whose cases the guards open, one a test. */
  const spareApplicants: PersonKey[] = ['applicantSun', 'applicantLi', 'applicantHe'];

  it('ends the workflow and records who, when and why on the case and in its record', async () => {
    const id = await openCase(t, 'applicantZhou', { applicationDate: inDays(-10) });
    await caseIdle(t, id);
    const reason = '纸质档案导入出错，流程无法继续，由管理员终止';

    const done = await terminate(ADMIN, id, { reason: `  ${reason}  ` });

    expect(done.status).toBe(200);
    expect(done.body.row).toMatchObject({ id, status: 'terminated', nextDue: null });
    expect(done.body.allowedSteps).toEqual([]);
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

    // The branch sees it terminated, with no step left to take.
    const seen = await caseView(t, id);
    expect(seen).toMatchObject({
      row: { status: 'terminated' },
      allowedSteps: [],
      termination: { reason },
    });
  });

  checkProcedureTermination({
    record: 'case',
    service: t,
    workflowId: caseWorkflowId,
    terminate,
    awaitingSignOff: async () => {
      const id = await migrateCandidate(t, 'applicantGu');
      await caseIdle(t, id);
      const reviewed = await step(t, 'farmASecretary', id, { type: 'committee_review', date: inDays(0) });
      return { id, requestId: reviewed.record.pending!.requestId };
    },
    refused: ['farmASecretary', 'applicantSun'],
    state: async (id) => {
      const { body } = await t.as(ADMIN).get(`/cases/${id}`);
      return { status: body.row.status, termination: body.termination };
    },
    step: (id) =>
      t
        .as('farmASecretary')
        .post(
          `/cases/${id}/actions`,
          action({ type: 'talk', date: inDays(0), talker: directory.ref('farmASecretary'), note: '谈话' }),
        ),
    terminations: async (id) =>
      (await caseView(t, id)).record.entries.filter((e) => e.kind === 'terminated').length,
    running: {
      open: async () => {
        const id = await openCase(t, spareApplicants.shift()!, { applicationDate: inDays(-10) });
        await caseIdle(t, id);
        return id;
      },
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
