import { addMonths, addWorkingDays, parseLocalDate } from '@bastion/calendar';
import {
  caseWorkflowId,
  type MigratedStepInput,
  type MigrationProblem,
} from '@bastion/development-contracts';
import { signAccessToken } from '@bastion/platform-auth';
import {
  directory,
  expectHealthAndDocs,
  principalOf,
  recordedDevelopment,
  startedForSuite,
} from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import {
  action,
  allOpinionsHeard,
  candidateRecord,
  caseIdle,
  caseView,
  caseWhen,
  decide,
  inDays,
  inMonths,
  member,
  migrateCandidate,
  migrateCase,
  openCase,
  paperRecord,
  step,
  talk,
  vote,
} from '../../testing/fixtures';

describe('a development case over HTTP', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_lifecycle'));
  const back = (days: number) => inDays(-days);

  it('serves its health and its OpenAPI document', async () => {
    await expectHealthAndDocs(t, [
      '/api/development/cases',
      '/api/development/cases/migrate',
      '/api/development/cases/{id}/actions',
      '/api/development/cases/{id}/dossier.zip',
      '/api/development/pipeline',
      '/api/development/deadlines',
      '/api/development/rules/{committeeId}/versions',
      '/api/development/files',
    ]);
  });

  it('opens on a written application, numbered, with the talk clock running', async () => {
    const id = await openCase(t, 'applicantZhou', { applicationDate: back(10) });
    expect(id).toBe(directory.person('applicantZhou').id);
    const view = await caseView(t, id);
    expect(view.row).toMatchObject({
      number: expect.stringMatching(/^FZ\d{4}-\d{6}$/),
      person: { id, name: '周小林', gender: 'female' },
      org: { id: directory.org('farmA').id, name: '甲林场党支部' },
      status: 'applicant',
      currentStep: 2,
      currentStepKey: 'talk',
      applicationDate: back(10),
      nextDue: { clock: 'talk', kind: 'deadline' },
      overdue: false,
      migrated: false,
      closedOn: null,
    });
    expect(view.record.entries.map((e) => e.kind)).toEqual(['opened']);
    expect(view.capacities).toEqual(['officer']);
    expect(view.allowedSteps).toEqual(expect.arrayContaining(['talk', 'withdraw']));
    expect(view.timeline).toHaveLength(25);
    expect(view.timeline[0]).toMatchObject({ key: 'application', state: 'done', date: back(10) });
    expect(view.compliance.length).toBeGreaterThan(0);
    await caseWhen(t, id, () => recordedDevelopment.standingOf(id)?.stage === 'applicant', 'identity told');
    // For the vote form: the branch's three full members.
    const voters = await t.as('farmASecretary').get(`/cases/${id}/expected-voters?date=${inDays(0)}`);
    expect(voters.body).toMatchObject({ branchId: directory.org('farmA').id, fullMembers: 3, expected: 3 });
    expect((await t.as('farmASecretary').get(`/cases/${id}/expected-voters`)).status).toBe(400);
  });

  it('refuses an applicant under 18 with the rule, a second case for a person, and a member', async () => {
    const young = await t.as('farmASecretary').post('/cases', {
      personId: directory.person('minorTang').id,
      applicationDate: inDays(0),
    });
    expect(young.status).toBe(422);
    expect(young.body).toMatchObject({ code: 'RULE_BREACH', reason: expect.stringContaining('第五条') });

    const again = await t.as('farmASecretary').post('/cases', {
      personId: directory.person('applicantZhou').id,
      applicationDate: inDays(0),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CASE_EXISTS');

    const member = await t.as('farmASecretary').post('/cases', {
      personId: directory.person('farmAMember').id,
      applicationDate: inDays(0),
    });
    expect(member.status).toBe(422);
  });

  it('runs from the application to a probationary member approved on the engine', async () => {
    const id = await openCase(t, 'applicantSun', { applicationDate: back(420) });
    await step(t, 'farmASecretary', id, talk(back(410), 'farmASecretary', { note: '了解入党动机' }));
    const activist = await step(t, 'farmASecretary', id, {
      type: 'decide_activist',
      date: back(395),
      recommendedBy: ['members'],
    });
    expect(activist.row).toMatchObject({ status: 'activist', activistDate: back(395) });
    await step(t, 'farmASecretary', id, { type: 'file', date: back(394), filing: 'activist' });
    await step(t, 'farmASecretary', id, {
      type: 'assign_mentors',
      date: back(394),
      mentors: [member('farmAMember')],
    });
    await step(t, 'farmASecretary', id, { type: 'assessment', date: back(220), note: '表现良好' });
    await step(t, 'farmASecretary', id, { type: 'assessment', date: back(40), note: '表现良好' });
    const candidate = await step(t, 'farmASecretary', id, {
      type: 'decide_candidate',
      date: back(20),
      opinionsHeard: allOpinionsHeard,
      publicNotice: { from: addWorkingDays(parseLocalDate(back(21)), -7), to: back(21) },
    });
    expect(candidate.row.status).toBe('candidate');
    await caseWhen(t, id, () => recordedDevelopment.standingOf(id)?.stage === 'candidate', 'identity told');
    await step(t, 'farmASecretary', id, { type: 'file', date: back(19), filing: 'candidate' });
    await step(t, 'farmASecretary', id, {
      type: 'fix_sponsors',
      date: back(19),
      sponsors: [member('submitter'), member('farmAMember')],
    });
    await step(t, 'farmASecretary', id, {
      type: 'political_review',
      date: back(15),
      passed: true,
      note: '合格',
    });
    await step(t, 'orgDeptLin', id, {
      type: 'concentrated_training',
      from: back(12),
      date: back(10),
      days: 3,
      hours: 24,
      provider: '局党委党校',
    });
    const reviewed = await step(t, 'farmASecretary', id, { type: 'committee_review', date: back(2) });
    expect(reviewed.record.pending).toMatchObject({ kind: 'pre_review' });
    expect(await decide(t, reviewed.record.pending!.requestId)).toBe('approved');
    await caseWhen(t, id, (v) => v.record.preReviewPassed === true, 'pre-review passed');
    // The pre-review was decided today: what follows it is dated today.
    await step(t, 'farmASecretary', id, { type: 'application_form', date: inDays(0) });
    const inquorate = await step(t, 'farmASecretary', id, {
      type: 'admission_meeting',
      date: inDays(0),
      vote: vote(1),
    });
    expect(inquorate.record.votes.at(-1)!.outcome).toMatchObject({
      expected: 3,
      quorate: false,
      passed: false,
    });
    const admitted = await step(t, 'farmASecretary', id, {
      type: 'admission_meeting',
      date: inDays(0),
      vote: vote(3, 2),
    });
    expect(inquorate.row.admissionDate).toBeNull();
    expect(admitted.row.admissionDate).toBe(inDays(0));
    await step(t, 'orgDeptLin', id, {
      type: 'approval_talk',
      date: inDays(0),
      talker: directory.ref('orgDeptLin'),
      note: '谈话合格',
    });
    const submitted = await step(t, 'farmASecretary', id, { type: 'submit_approval' });
    expect(submitted.record.pending).toMatchObject({ kind: 'approval' });
    expect(await decide(t, submitted.record.pending!.requestId)).toBe('approved');
    const approved = await caseWhen(t, id, (v) => v.row.status === 'probationary', 'approved');
    // Probation is a year from the meeting that admitted the member.
    expect(approved.row.probationEnd).toBe(addMonths(parseLocalDate(inDays(0)), 12));
    await caseWhen(
      t,
      id,
      () => recordedDevelopment.standingOf(id)?.membership?.status === 'probationary',
      'identity told of the probationary membership',
    );
    await step(t, 'orgDeptLin', id, { type: 'file', date: inDays(0), filing: 'approval' });
    await step(t, 'farmASecretary', id, { type: 'placement', date: inDays(0), partyGroup: '第一党小组' });
    const sworn = await step(t, 'farmASecretary', id, { type: 'oath', date: inDays(0), heldBy: 'branch' });
    expect(sworn.row).toMatchObject({
      status: 'probationary',
      nextDue: expect.objectContaining({ kind: expect.any(String) }),
    });
  });

  it('refuses a step out of order with the rule, and a repeated click takes effect once', async () => {
    const id = await openCase(t, 'applicantLi', { applicationDate: back(5) });
    const early = await t
      .as('farmASecretary')
      .post(
        `/cases/${id}/actions`,
        action({ type: 'decide_activist', date: back(1), recommendedBy: ['members'] }),
      );
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'WRONG_STEP', reason: '须先完成：第2步“党组织派人谈话”' });
    // The rule's reason travels by key: asked in English, it is worded in English.
    const inEnglish = await fetch(`${t.baseUrl}/cases/${id}/actions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en-US',
        authorization: `Bearer ${signAccessToken(principalOf('farmASecretary'), t.env.JWT_SECRET, 60)}`,
      },
      body: JSON.stringify(action({ type: 'decide_activist', date: back(1), recommendedBy: ['members'] })),
    });
    expect(inEnglish.status).toBe(409);
    expect(await inEnglish.json()).toMatchObject({
      code: 'WRONG_STEP',
      message: 'This step cannot be taken now: it is out of order, already done, or the case is closed.',
      reason: 'First complete step 2 “Talk with the applicant”.',
    });
    const talked = action(talk(back(1)));
    const first = await t.as('farmASecretary').post(`/cases/${id}/actions`, talked);
    const second = await t.as('farmASecretary').post(`/cases/${id}/actions`, talked);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await caseView(t, id)).record.entries.filter((e) => e.kind === 'talk')).toHaveLength(1);
    const future = await t
      .as('farmASecretary')
      .post(`/cases/${id}/actions`, action({ type: 'assessment', date: inDays(3), note: '未来' }));
    expect(future.status).toBeGreaterThanOrEqual(400);
  });

  it('starts a paper record at the candidate stage with its real dates', async () => {
    const id = await migrateCandidate(t, 'applicantHe');
    const view = await caseView(t, id);
    expect(view.row).toMatchObject({
      status: 'candidate',
      migrated: true,
      activistDate: inMonths(-19),
      candidateDate: inMonths(-2),
    });
    expect(view.record.entries.filter((e) => !e.automatic).every((e) => e.migrated)).toBe(true);
    expect(view.record.sponsors.map((s) => s.name)).toEqual(['赵一', '钱二']);
    expect(view.allowedSteps).toContain('committee_review');
    await caseWhen(t, id, () => recordedDevelopment.standingOf(id)?.stage === 'candidate', 'identity told');
  });

  it('refuses a paper record the rules refuse, listing every problem and starting nothing', async () => {
    const migrate = (steps: MigratedStepInput[], applicationDate: string) =>
      t
        .as('farmASecretary')
        .post('/cases/migrate', { personId: directory.person('applicantQin').id, applicationDate, steps });
    // Only four months as an activist, and a thought report dated tomorrow.
    const early = paperRecord('candidate', {
      application: inMonths(-10),
      activist: inMonths(-9),
      candidate: inMonths(-5),
    });
    early.push({ type: 'thought_report', date: inDays(1) });
    const refused = await migrate(early, inMonths(-10));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MIGRATION_INVALID');
    const candidate = early.findIndex((s) => s.type === 'decide_candidate');
    const problems = refused.body.problems as MigrationProblem[];
    expect(problems[0]).toEqual({
      index: candidate,
      type: 'decide_candidate',
      code: 'RULE_BREACH',
      problem: expect.stringContaining('第十三条'),
      params: { reason: expect.objectContaining({ key: 'development.refusal.candidate_too_early' }) },
    });
    // What depends on the candidacy is refused with it; the dated report on its own.
    expect(problems.slice(1, -1).every((p) => p.code === 'WRONG_STEP')).toBe(true);
    expect(problems.at(-1)).toMatchObject({
      index: early.length - 1,
      type: 'thought_report',
      code: 'BAD_DATE',
    });
    expect(refused.body.details).toEqual(
      problems.map((p) => ({ field: `steps.${p.index}`, problem: p.problem })),
    );

    // A sponsor who is not a full member.
    const sponsored = candidateRecord();
    const sponsors = sponsored.findIndex((s) => s.type === 'fix_sponsors');
    sponsored[sponsors] = {
      type: 'fix_sponsors',
      date: inMonths(-2),
      sponsors: [member('submitter'), member('applicantXu')],
    };
    const notMember = await migrate(sponsored, inMonths(-20));
    expect(notMember.status).toBe(422);
    expect(notMember.body.problems).toEqual([
      expect.objectContaining({ index: sponsors, type: 'fix_sponsors', code: 'RULE_BREACH' }),
    ]);
    // Someone not on record at all is named by the field that names them.
    sponsored[sponsors] = {
      type: 'fix_sponsors',
      date: inMonths(-2),
      sponsors: [member('submitter'), { personId: '00000000-0000-4000-8000-00000000dead' }],
    };
    const unknown = await migrate(sponsored, inMonths(-20));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([
      { field: `steps.${sponsors}.sponsors.1.personId`, problem: '不是已登记的人员' },
    ]);

    expect((await t.as('farmASecretary').get(`/cases/${directory.person('applicantQin').id}`)).status).toBe(
      404,
    );
  });

  it('converts a probationary member of a paper record to full membership and archives the papers', async () => {
    const meeting = inMonths(-13);
    const id = await migrateCase(
      t,
      'applicantGu',
      inMonths(-40),
      paperRecord('probationary', {
        application: inMonths(-40),
        activist: inMonths(-39),
        candidate: inMonths(-16),
        meeting,
        approval: inMonths(-12),
      }),
    );
    const probationary = await caseView(t, id);
    const end = addMonths(parseLocalDate(meeting), 12);
    expect(probationary.row).toMatchObject({
      status: 'probationary',
      admissionDate: meeting,
      probationEnd: end,
    });
    await step(t, 'farmASecretary', id, { type: 'conversion_application', date: end });
    await step(t, 'farmASecretary', id, {
      type: 'conversion_meeting',
      date: inDays(-1),
      resolution: 'convert',
      vote: vote(3),
    });
    const submitted = await step(t, 'farmASecretary', id, { type: 'submit_conversion_approval' });
    expect(submitted.record.pending).toMatchObject({ kind: 'conversion_approval' });
    expect(await decide(t, submitted.record.pending!.requestId)).toBe('approved');
    const full = await caseWhen(t, id, (v) => v.row.status === 'full', 'converted');
    // Party standing counts from the end of probation, not from the meeting.
    expect(full.row.standingDate).toBe(end);
    await caseWhen(
      t,
      id,
      () => recordedDevelopment.standingOf(id)?.membership?.status === 'full',
      'identity told of the full membership',
    );
    expect(recordedDevelopment.standingOf(id)!.membership).toMatchObject({
      standingDate: end,
      votingRights: true,
    });
    const archived = await step(t, 'orgDeptLin', id, {
      type: 'archive',
      date: inDays(0),
      location: 'personnel_file',
      items: ['入党申请书', '入党志愿书', '政审材料', '转正申请'],
    });
    expect(archived.allowedSteps).toEqual([]);
    const open = await t.as('farmASecretary').get('/cases');
    expect(open.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('closes a case the applicant withdraws, with the reason, and takes the stage off the person', async () => {
    const id = await openCase(t, 'applicantYang', { applicationDate: back(30) }, 'farmBSecretary');
    // A step that lands while the case is still telling the identity service of the last change
    // is not acted on until the next one: the withdrawal is sent once the case is at rest.
    await caseIdle(t, id);
    expect(recordedDevelopment.standingOf(id)?.stage).toBe('applicant');
    const withdrawn = await step(t, 'farmBSecretary', id, {
      type: 'withdraw',
      date: inDays(0),
      reason: '本人申请撤回',
    });
    expect(withdrawn.row).toMatchObject({ status: 'withdrawn', closedOn: inDays(0), nextDue: null });
    expect(withdrawn.allowedSteps).toEqual([]);
    // The case's workflow ends once the person's record has lost the stage.
    expect(await t.temporal.workflow.getHandle(caseWorkflowId(id)).result()).toMatchObject({
      status: 'withdrawn',
    });
    expect(recordedDevelopment.standingOf(id)).toEqual({ stage: null });
    const talkedAgain = action(talk(inDays(0), 'farmBSecretary', { note: '再谈' }));
    const again = await t.as('farmBSecretary').post(`/cases/${id}/actions`, talkedAgain);
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('该发展档案已办结，不能再办理。');
    const inEnglish = await t
      .as('farmBSecretary')
      .inLanguage('en-US')
      .post(`/cases/${id}/actions`, talkedAgain);
    expect(inEnglish.body.reason).toBe('This case is finished; nothing more can be done on it.');
  });

  it('moves a case with its history and its clock to another branch', async () => {
    const id = await openCase(t, 'applicantQin', { applicationDate: back(10) });
    const before = await caseView(t, id);
    const transfer = {
      type: 'transfer' as const,
      date: inDays(0),
      toOrgId: directory.org('farmB').id,
      reason: '工作调动',
    };
    // The branch's secretary does not see 乙林场党支部; the general branch's does.
    const blind = await t.as('farmASecretary').post(`/cases/${id}/actions`, action(transfer));
    expect(blind.status).toBe(400);
    const moved = await step(t, 'farmsSecretary', id, transfer);
    expect(moved.row.org).toEqual({ id: directory.org('farmB').id, name: '乙林场党支部' });
    expect(moved.row.nextDue).toEqual(before.row.nextDue);
    expect(moved.record.entries.map((e) => e.kind)).toEqual([
      ...before.record.entries.map((e) => e.kind),
      'transfer',
    ]);
    expect((await t.as('farmASecretary').get(`/cases/${id}`)).status).toBe(404);
    expect((await caseView(t, id, 'farmBSecretary')).capacities).toEqual(['officer']);
  });
});
