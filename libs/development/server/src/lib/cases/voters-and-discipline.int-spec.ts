import { addMonths, parseLocalDate } from '@bastion/calendar';
import type { MigratedStepInput, MigrationProblem } from '@bastion/development-contracts';
import { directory, startedForSuite } from '@bastion/platform-service-testing';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import {
  action,
  candidateRecord,
  caseView,
  inDays,
  inMonths,
  member,
  migrateCase,
  openCase,
  paperRecord,
  step,
  talk,
  vote,
} from '../../testing/fixtures';

/**
 * Voters come from the roll and discipline from the member's record, through every path: a step
 * sent over the API, a paper record taken over, the roll the vote form reads.
 *
 *   甲林场 (farmA): three full members with voting rights.
 *   乙林场 (farmB): 冯乙书 and 陈总支 vote; 郑察看 is under 留党察看 (rights not restored);
 *                   方开除 was expelled a year ago.
 */
describe('voters from the roll, discipline from the record', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_voters'));
  /** A paper record up to the application form, ready for the admission meeting. */
  const readyForMeeting = (): MigratedStepInput[] => [
    ...candidateRecord(),
    { type: 'committee_review', date: inDays(-10) },
    { type: 'pre_review_result', date: inDays(-8), passed: true },
    { type: 'application_form', date: inDays(-6) },
  ];

  it('refuses an admission vote whose typed number of voters differs from the roll, with the roll’s number', async () => {
    const id = await migrateCase(t, 'applicantWen', inMonths(-20), readyForMeeting());
    const typed = await t
      .as('farmASecretary')
      .post(
        `/cases/${id}/actions`,
        action({ type: 'admission_meeting', date: inDays(-1), vote: { ...vote(3), votingMembers: 4 } }),
      );
    expect(typed.status).toBe(422);
    expect(typed.body).toMatchObject({
      code: 'VOTERS_NOT_ON_ROLL',
      reason: expect.stringContaining('3名'),
      params: { expected: 3, typed: 4, date: inDays(-1) },
    });
    // An exclusion the officer adds names its reason and the dates it covers.
    const undated = await t.as('farmASecretary').post(
      `/cases/${id}/actions`,
      action({
        type: 'admission_meeting',
        date: inDays(-1),
        vote: { ...vote(2), exclusions: [{ name: '钱二', reason: '长期住院' }] },
      }),
    );
    expect(undated.status).toBe(422);
    expect(undated.body.code).toBe('VOTERS_NOT_ON_ROLL');
    const excused = await step(t, 'farmASecretary', id, {
      type: 'admission_meeting',
      date: inDays(-1),
      vote: {
        ...vote(2),
        exclusions: [{ name: '钱二', reason: '长期住院', fromDate: inMonths(-3), toDate: null }],
      },
    });
    expect(excused.record.votes.at(-1)!.outcome).toMatchObject({ expected: 2, passed: true });
    expect(excused.row.admissionDate).toBe(inDays(-1));
    expect((await caseView(t, id)).record.votes).toHaveLength(1);
  });

  it('refuses a paper record whose vote differs from the roll on the meeting date, and a conversion vote likewise', async () => {
    const meeting = inMonths(-13);
    const record = paperRecord('probationary', {
      application: inMonths(-40),
      activist: inMonths(-39),
      candidate: inMonths(-16),
      meeting,
      approval: inMonths(-12),
    });
    const at = record.findIndex((s) => s.type === 'admission_meeting');
    const wrong = record.map((s, i) => (i === at ? { ...s, vote: { ...vote(3), votingMembers: 5 } } : s));
    const refused = await t.as('farmASecretary').post('/cases/migrate', {
      personId: directory.person('applicantKong').id,
      applicationDate: inMonths(-40),
      steps: wrong,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MIGRATION_INVALID');
    expect((refused.body.problems as MigrationProblem[]).find((p) => p.index === at)).toMatchObject({
      type: 'admission_meeting',
      code: 'VOTERS_NOT_ON_ROLL',
      params: { expected: 3, typed: 5, date: meeting },
    });

    const id = await migrateCase(t, 'applicantKong', inMonths(-40), record);
    const end = addMonths(parseLocalDate(meeting), 12);
    await step(t, 'farmASecretary', id, { type: 'conversion_application', date: end });
    const conversion = await t.as('farmASecretary').post(
      `/cases/${id}/actions`,
      action({
        type: 'conversion_meeting',
        date: inDays(-1),
        resolution: 'convert',
        vote: { ...vote(3), votingMembers: 2 },
      }),
    );
    expect(conversion.status).toBe(422);
    expect(conversion.body).toMatchObject({
      code: 'VOTERS_NOT_ON_ROLL',
      params: { expected: 3, typed: 2 },
    });
    const converted = await step(t, 'farmASecretary', id, {
      type: 'conversion_meeting',
      date: inDays(-1),
      resolution: 'convert',
      vote: vote(3),
    });
    expect(converted.record.votes.at(-1)!.outcome).toMatchObject({ expected: 3, passed: true });
  });

  it('does not count a member under 留党察看 among the voters the roll gives', async () => {
    const id = await openCase(t, 'applicantBai', { applicationDate: inDays(-30) }, 'farmBSecretary');
    const roll = await t.as('farmBSecretary').get(`/cases/${id}/expected-voters?date=${inDays(0)}`);
    expect(roll.status).toBe(200);
    expect(roll.body).toMatchObject({
      branchId: directory.org('farmB').id,
      fullMembers: 3,
      withVotingRights: 2,
      expected: 2,
      suspended: [{ personId: directory.person('farmBProbation').id, name: '郑察看' }],
    });
    // Before either sanction took effect a year ago, 郑察看 voted, and so did 方开除, then a member.
    const before = await t.as('farmBSecretary').get(`/cases/${id}/expected-voters?date=${inMonths(-13)}`);
    expect(before.body).toMatchObject({ fullMembers: 4, withVotingRights: 4, expected: 4, suspended: [] });
  });

  it('refuses a sponsor under 留党察看 on record, in a paper record and in a live step, with no box to tick', async () => {
    const steps = readyForMeeting();
    const at = steps.findIndex((s) => s.type === 'fix_sponsors');
    steps[at] = {
      type: 'fix_sponsors',
      date: inMonths(-2),
      sponsors: [member('submitter'), member('farmBProbation')],
    };
    const refused = await t.as('farmASecretary').post('/cases/migrate', {
      personId: directory.person('applicantLi').id,
      applicationDate: inMonths(-20),
      steps,
    });
    expect(refused.status).toBe(422);
    expect((refused.body.problems as MigrationProblem[])[0]).toMatchObject({
      index: at,
      type: 'fix_sponsors',
      code: 'RULE_BREACH',
      problem: expect.stringContaining('留党察看'),
    });
    // The form has no box for it: a declaration is not part of the step.
    const declared = await t
      .as('farmASecretary')
      .post(`/cases/${directory.person('applicantWen').id}/actions`, {
        idempotencyKey: 'declared-sponsor',
        step: {
          type: 'replace_sponsor',
          date: inDays(0),
          replaces: directory.person('farmAMember').id,
          sponsor: { personId: directory.person('farmBSecretary').id, underDisciplinaryProbation: false },
          reason: '调离',
        },
      });
    expect(declared.status).toBe(400);

    const live = await t.as('farmASecretary').post(
      `/cases/${directory.person('applicantWen').id}/actions`,
      action({
        type: 'replace_sponsor',
        date: inDays(0),
        replaces: directory.person('farmAMember').id,
        sponsor: member('farmBProbation'),
        reason: '原介绍人调离',
      }),
    );
    expect(live.status).toBe(422);
    expect(live.body).toMatchObject({ code: 'RULE_BREACH', reason: expect.stringContaining('留党察看') });
  });

  it('refuses an application by a person expelled from the Party within five years', async () => {
    const expelled = await t.as('farmBSecretary').post('/cases', {
      personId: directory.person('expelledFang').id,
      applicationDate: inDays(0),
    });
    expect(expelled.status).toBe(422);
    expect(expelled.body).toMatchObject({
      code: 'RULE_BREACH',
      reason: expect.stringContaining('5年内不得重新入党'),
    });
    // Nor can a paper record make them a candidate.
    const paper = await t.as('farmBSecretary').post('/cases/migrate', {
      personId: directory.person('expelledFang').id,
      applicationDate: inMonths(-10),
      steps: [talk(inMonths(-10), 'farmBSecretary', { note: '了解入党动机' })],
    });
    expect(paper.status).toBe(422);
    expect((paper.body.problems as MigrationProblem[])[0]).toMatchObject({
      index: -1,
      type: 'application',
      params: { until: expect.any(String) },
    });
  });
});
