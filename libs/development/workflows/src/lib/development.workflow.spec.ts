import { join } from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { ActAction, PersonRef } from '@bastion/approvals-contracts';
import {
  addDays,
  addMonths,
  addWorkingDays,
  CLOCK_MEMO_KEY,
  daysBetween,
  parseLocalDate,
  shanghaiDateOf,
  shippedChinaHolidayData,
} from '@bastion/calendar';
import {
  ACT_UPDATE,
  type Capacity,
  type CaseInput,
  type CaseRecord,
  type CaseStepInput,
  caseStepSchema,
  caseWorkflowId,
  STATE_QUERY,
} from '@bastion/development-contracts';
import { year2028AsEntered as year2028 } from '@bastion/calendar/testing';
import { HistoryRecorder, waitFor } from '@bastion/platform-testing';
import { caseInput, nextKey, orgs, paperCase, paperRecord, people, vote } from '../testing/fixtures';
import { startDevelopmentEnvironment } from '../testing/workflow-harness';

type Env = Awaited<ReturnType<typeof startDevelopmentEnvironment>>;

const DAY = 24 * 60 * 60 * 1000;

describe('the development case on the time-skipping server', () => {
  let t: Env;
  const fixtures = join(__dirname, '../history-fixtures');
  let recorder = new HistoryRecorder(fixtures);

  beforeAll(async () => {
    t = await startDevelopmentEnvironment();
  });
  afterAll(async () => {
    try {
      await recorder.writeIfAsked();
    } finally {
      await t.stop();
    }
  });

  const historyName = () =>
    `case-${expect
      .getState()
      .currentTestName!.replace('the development case on the time-skipping server ', '')
      .replace(/\W+/g, '-')
      .replace(/-$/, '')
      .slice(0, 70)}`;

  const today = async () => shanghaiDateOf(new Date(await t.env.currentTimeMs()));
  const daysFromNow = async (n: number) => addDays(parseLocalDate(await today()), n);
  const monthsFromNow = async (n: number) => addMonths(parseLocalDate(await today()), n);
  /** A paper case at `stage`, each of its dates that many months from today (before it, when negative). */
  const paperCaseMonthsFromNow = async (
    stage: Parameters<typeof paperCase>[0],
    months: {
      application: number;
      activist: number;
      candidate?: number;
      meeting?: number;
      approval?: number;
    },
  ) => {
    const dates: Record<string, string> = {};
    for (const [key, n] of Object.entries(months)) dates[key] = await monthsFromNow(n);
    return paperCase(stage, dates as Parameters<typeof paperCase>[1]);
  };
  /** Deciding the candidate on `date`, every opinion heard, the public notice from `noticeFrom` to that day. */
  const candidacy = (date: string, noticeFrom: string): CaseStepInput => ({
    type: 'decide_candidate',
    date,
    opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
    publicNotice: { from: noticeFrom, to: date },
  });

  let opened = 0;
  beforeEach(() => (opened = 0));

  async function open(input: CaseInput) {
    const handle: WorkflowHandle = await t.client.workflow.start('developmentCase', {
      taskQueue: 'development',
      workflowId: caseWorkflowId(input.caseId),
      args: [input],
    });
    recorder.keep(`${historyName()}-${++opened}`, handle);
    await waitFor(() => t.store.cases.get(input.caseId), 'the case on record');
    const state = () => handle.query<CaseRecord>(STATE_QUERY);
    const act = (
      step: CaseStepInput,
      capacities: Capacity[] = ['officer'],
      by: PersonRef = people.officer,
      withRoll = true,
    ) =>
      handle.executeUpdate<CaseRecord, [unknown]>(ACT_UPDATE, {
        args: [
          {
            step: caseStepSchema.parse(step),
            actor: { ...by, userId: `user-${by.name}` },
            capacities,
            people: input.people,
            // The branch's roll on the meeting date, as the identity service counts it: nine voters.
            ...((step.type === 'admission_meeting' || step.type === 'conversion_meeting') && withRoll
              ? { roll: { date: step.date, withVotingRights: 9, excluded: [], expected: 9 } }
              : {}),
            ...(step.type === 'transfer'
              ? {
                  toOrg: {
                    ...orgs.otherBranch,
                    idPath: `/${orgs.group.id}/${orgs.bureau.id}/${orgs.otherBranch.id}/`,
                    approvingCommittee: orgs.bureau,
                  },
                }
              : {}),
          },
        ],
        updateId: nextKey(),
      });
    const settle = (predicate: (r: CaseRecord) => boolean, what: string) =>
      waitFor(async () => {
        const record = await state();
        return predicate(record) && record;
      }, what);
    return { handle, state, act, settle, input };
  }
  type Case = Awaited<ReturnType<typeof open>>;

  async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        const cause = error.cause as { type?: string; message?: string } | undefined;
        return { code: String(cause?.type), message: String(cause?.message) };
      }
      throw error;
    }
    throw new Error('the step was not refused');
  }

  /** The pending sign-off decided by the committee's people (each stage has one assignee). */
  async function decide(c: Case, kind: string, by: PersonRef, type: 'approve' | 'reject' = 'approve') {
    const record = await c.settle((r) => r.pending?.kind === kind, `${kind} pending`);
    const approval = t.client.workflow.getHandle(record.pending!.workflowId);
    const action = {
      type,
      idempotencyKey: nextKey(),
      attachments: [],
      opinion: type === 'approve' ? '同意' : '不同意',
      actor: { ...by, userId: `user-${by.name}` },
    } as ActAction;
    let refusal = '';
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        await approval.executeUpdate(ACT_UPDATE, { args: [action], updateId: action.idempotencyKey });
        return c.settle((r) => r.pending === null, `${kind} settled`);
      } catch (error) {
        refusal = error instanceof WorkflowUpdateFailedError ? String(error.cause?.message) : String(error);
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    throw new Error(`${by.name} could not ${type} ${kind}: ${refusal}`);
  }

  async function meeting(c: Case, type: 'admission_meeting', date: string, counts = vote(8, 7)) {
    return c.act({ type, date, vote: counts });
  }

  it('counts weekdays for a clock running into 2028, a year without holiday data, and marks it provisional', async () => {
    // The case is started on 20 December 2027 (its own clock, as a dated service would start it):
    // the talk is due on 20 January 2028 and its escalation counted in 2028's working days.
    const onDay = '2027-12-20';
    const shift = daysBetween(parseLocalDate(await today()), parseLocalDate(onDay)) * DAY;
    const startOn = async (input: CaseInput) => {
      await t.client.workflow.start('developmentCase', {
        taskQueue: 'development',
        workflowId: caseWorkflowId(input.caseId),
        args: [input],
        memo: { [CLOCK_MEMO_KEY]: shift },
      });
      const record = await waitFor(() => t.store.cases.get(input.caseId), 'the case on record');
      return record.clocks.find((c) => c.key === 'talk')!;
    };

    const weekdays = await startOn(caseInput(onDay));
    expect(weekdays).toEqual(expect.objectContaining({ due: '2028-01-20', provisional: true }));
    expect(weekdays.escalateFrom! > '2028-01-20').toBe(true);

    // Once an administrator adds 2028, a case started after counts on it, exactly.
    t.identity.calendarYears = [...shippedChinaHolidayData, year2028];
    try {
      const exact = await startOn(caseInput(onDay));
      expect(exact.due).toBe('2028-01-20');
      expect(exact.provisional).toBeUndefined();
    } finally {
      t.identity.calendarYears = [...shippedChinaHolidayData];
    }
  });

  // Tests that sleep go last, the longest sleep at the end: the test server's clock is shared.
  it('cancels a probationary membership and takes it off the person record', async () => {
    const c = await open(
      await paperCaseMonthsFromNow('probationary', {
        application: -30,
        activist: -29,
        candidate: -16,
        meeting: -13,
        approval: -12,
      }),
    );
    await waitFor(
      () => t.identity.latestFor(c.input.caseId)?.membership?.status === 'probationary',
      'identity told',
    );
    const on = await today();
    await c.act({ type: 'conversion_application', date: on });
    await c.act({ type: 'conversion_meeting', date: on, resolution: 'cancel', vote: vote(8, 6) });
    await c.act({ type: 'submit_conversion_approval' });
    await decide(c, 'conversion_approval', people.committeeSecretary);
    expect((await c.settle((r) => r.status === 'cancelled', 'cancelled')).dates.closed).not.toBeNull();
    await waitFor(
      () => t.identity.latestFor(c.input.caseId)?.membership === null,
      'identity told of the cancellation',
    );
    expect(t.identity.latestFor(c.input.caseId)).toMatchObject({ stage: null, membership: null });
  });

  it('refuses an approval past 3 months without a reason and any approval past 6', async () => {
    const record = (meeting: string) =>
      caseInput(
        addMonths(parseLocalDate(meeting), -20),
        paperRecord('admitted', {
          application: addMonths(parseLocalDate(meeting), -20),
          activist: addMonths(parseLocalDate(meeting), -19),
          candidate: addMonths(parseLocalDate(meeting), -4),
          meeting,
        }),
      );
    const late = await open(record(await monthsFromNow(-4)));
    const refused = await refusalOf(late.act({ type: 'submit_approval', lateReason: null }));
    expect(refused).toMatchObject({ code: 'APPROVAL_LATE' });
    expect(refused.message).toContain('须写明特殊情况的理由');
    await late.act({ type: 'submit_approval', lateReason: '党委换届，延期集体讨论' });
    expect((await decide(late, 'approval', people.committeeSecretary)).status).toBe('probationary');

    const lapsed = await open(record(await monthsFromNow(-7)));
    const never = await refusalOf(lapsed.act({ type: 'submit_approval', lateReason: '材料补充' }));
    expect(never.message).toContain('须重新履行接收程序');
    const redone = await lapsed.act({ type: 'redo_admission', date: await today(), reason: '审批期限已过' }, [
      'officer',
    ]);
    expect(redone.currentStep).toBe(12);
  });

  it('starts migrated cases at each stage with clocks counted from their real dates', async () => {
    const at = (n: number) => monthsFromNow(n);
    const applicant = await open(caseInput(await daysFromNow(-60)));
    const overdue = await applicant.settle((r) => r.alerts.some((a) => a.clock === 'talk'), 'talk overdue');
    expect(overdue.alerts.find((a) => a.clock === 'talk')!.level).toBe('escalated');

    const thirteen = await open(
      await paperCaseMonthsFromNow('activist', { application: -14, activist: -13 }),
    );
    expect((await thirteen.state()).status).toBe('activist');
    const ok = await thirteen.act(candidacy(await today(), addWorkingDays(await today(), -7)));
    expect(ok.status).toBe('candidate');

    const eleven = await open(await paperCaseMonthsFromNow('activist', { application: -12, activist: -11 }));
    const refused = await refusalOf(eleven.act(candidacy(await today(), addWorkingDays(await today(), -7))));
    expect(refused.code).toBe('RULE_BREACH');

    const candidate = await open(
      await paperCaseMonthsFromNow('candidate', { application: -20, activist: -19, candidate: -2 }),
    );
    expect(await candidate.state()).toMatchObject({ status: 'candidate', currentStep: 12 });
    await waitFor(
      () => t.identity.latestFor(candidate.input.caseId)?.stage === 'candidate',
      'identity told of the candidate',
    );

    const admitted = await open(
      await paperCaseMonthsFromNow('admitted', {
        application: -20,
        activist: -19,
        candidate: -3,
        meeting: -1,
      }),
    );
    expect((await admitted.state()).clocks.find((c) => c.key === 'approval')!.due).toBe(await at(2));

    const probationary = await open(
      await paperCaseMonthsFromNow('probationary', {
        application: -24,
        activist: -23,
        candidate: -9,
        meeting: -6,
        approval: -5,
      }),
    );
    const record = await probationary.state();
    expect(record).toMatchObject({ status: 'probationary', migrated: true });
    expect(record.dates.probationEnd).toBe(await at(6));
    expect(record.entries.every((e) => e.ruleSetId === 'national-2014')).toBe(true);
  });

  it('keeps the activist clock when the case moves to another branch mid-training', async () => {
    const activistOn = await daysFromNow(-340);
    const c = await open(
      paperCase('activist', { application: await daysFromNow(-360), activist: activistOn }),
    );
    const moved = await c.act({
      type: 'transfer',
      date: await today(),
      toOrgId: orgs.otherBranch.id,
      reason: '工作调动',
    });
    expect(moved.org.id).toBe(orgs.otherBranch.id);
    expect(moved.dates.activist).toBe(activistOn);
    const tooSoon = await refusalOf(c.act(candidacy(await today(), activistOn)));
    expect(tooSoon.message).toContain('满一年后方可确定为发展对象');
    await t.env.sleep(30 * DAY);
    await c.settle((r) => r.alerts.some((a) => a.clock === 'candidacy'), 'the candidacy clock opened');
    const candidate = await c.act(candidacy(await today(), activistOn));
    expect(candidate.status).toBe('candidate');
  });

  it('extends probation once, by 6 to 12 months, and converts at the extension end', async () => {
    const meetingOn = await monthsFromNow(-17);
    const c = await open(
      await paperCaseMonthsFromNow('probationary', {
        application: -34,
        activist: -33,
        candidate: -20,
        meeting: -17,
        approval: -16,
      }),
    );
    const on = await today();
    await c.act({ type: 'conversion_application', date: on });
    const tooLong = await refusalOf(
      c.act({
        type: 'conversion_meeting',
        date: on,
        resolution: 'extend',
        extensionMonths: 13,
        vote: vote(8, 8),
      }),
    );
    expect(tooLong.message).toContain('最长不超过12个月');
    await c.act({
      type: 'conversion_meeting',
      date: on,
      resolution: 'extend',
      extensionMonths: 6,
      vote: vote(8, 8),
    });
    await c.act({ type: 'submit_conversion_approval' });
    const extended = await decide(c, 'conversion_approval', people.committeeSecretary);
    const until = addMonths(parseLocalDate(addMonths(parseLocalDate(meetingOn), 12)), 6);
    expect(extended).toMatchObject({ status: 'probationary', extension: { months: 6, until } });
    expect(extended.dates.probationEnd).toBe(until);

    await t.env.sleep(35 * DAY);
    const later = await today();
    await c.act({ type: 'conversion_application', date: later });
    const again = await refusalOf(
      c.act({
        type: 'conversion_meeting',
        date: later,
        resolution: 'extend',
        extensionMonths: 6,
        vote: vote(8, 8),
      }),
    );
    expect(again.message).toContain('只能延长一次');
    await c.act({ type: 'conversion_meeting', date: later, resolution: 'convert', vote: vote(9, 9) });
    await c.act({ type: 'submit_conversion_approval' });
    const full = await decide(c, 'conversion_approval', people.committeeSecretary);
    expect(full.status).toBe('full');
    expect(full.dates.standing).toBe(until);
  });

  it('runs a case from the application to full membership and the archive', async () => {
    // A year of probation on a test server of its own: the months the other tests slept would
    // otherwise carry it past the years the holiday data covers.
    const [shared, sharedRecorder] = [t, recorder];
    [t, recorder] = [await startDevelopmentEnvironment(), new HistoryRecorder(fixtures)];
    try {
      await fullPath();
    } finally {
      await recorder.writeIfAsked();
      await t.stop();
      [t, recorder] = [shared, sharedRecorder];
    }
  });

  async function fullPath() {
    const started = Date.now();
    const t0 = await today();
    const back = (n: number) => addDays(parseLocalDate(t0), -n);
    const c = await open(caseInput(back(400)));
    expect((await c.state()).status).toBe('applicant');
    await c.act({ type: 'talk', date: back(395), talker: people.officer, note: '了解入党动机' });
    await c.act({ type: 'decide_activist', date: back(380), recommendedBy: ['members', 'league'] });
    await c.act({ type: 'file', date: back(379), filing: 'activist' });
    await c.act({
      type: 'assign_mentors',
      date: back(379),
      mentors: [{ personId: people.mentorA.personId }],
    });
    await c.act({ type: 'assessment', date: back(200), note: '表现良好' });
    await c.act({ type: 'assessment', date: back(20), note: '表现良好' });
    await c.act({
      type: 'decide_candidate',
      date: back(10),
      opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
      publicNotice: { from: addWorkingDays(back(12), -7), to: back(12) },
    });
    await c.act({ type: 'file', date: back(9), filing: 'candidate' });
    await c.act({
      type: 'fix_sponsors',
      date: back(9),
      sponsors: [{ personId: people.sponsorA.personId }, { personId: people.sponsorB.personId }],
    });
    await c.act({ type: 'political_review', date: back(8), passed: true, note: '政治审查合格' });
    await c.act({
      type: 'concentrated_training',
      from: back(7),
      date: back(5),
      days: 3,
      hours: 24,
      provider: '局党委党校',
    });
    await c.act({ type: 'committee_review', date: t0 });
    await decide(c, 'pre_review', people.orgDepartment);
    expect((await c.state()).preReviewPassed).toBe(true);
    await c.act({ type: 'application_form', date: t0 });
    // The number of voters is the roll's: a typed number that differs is refused with it, and a
    // vote without the roll is not taken at all.
    const typed = await refusalOf(meeting(c, 'admission_meeting', t0, vote(8, 7, 10)));
    expect(typed).toMatchObject({ code: 'VOTERS_NOT_ON_ROLL', message: expect.stringContaining('9名') });
    const unrolled = await refusalOf(
      c.act({ type: 'admission_meeting', date: t0, vote: vote(8, 7) }, ['officer'], people.officer, false),
    );
    expect(unrolled.code).toBe('VOTERS_NOT_ON_ROLL');
    // Inquorate first: 4 of 9 present is not more than half.
    const inquorate = await meeting(c, 'admission_meeting', t0, vote(4, 4));
    expect(inquorate.votes.at(-1)!.outcome).toMatchObject({ expected: 9, quorate: false, passed: false });
    expect(inquorate.dates.admissionMeeting).toBeNull();
    await meeting(c, 'admission_meeting', t0, vote(8, 7));
    await c.act(
      { type: 'approval_talk', date: t0, talker: people.organiser, note: '谈话合格' },
      ['supervisor'],
      people.organiser,
    );
    await c.act({ type: 'submit_approval', lateReason: null });
    const approved = await decide(c, 'approval', people.committeeSecretary);
    expect(approved.status).toBe('probationary');
    expect(approved.dates.probationEnd).toBe(addMonths(parseLocalDate(t0), 12));
    await waitFor(
      () => t.identity.latestFor(c.input.caseId)?.membership?.status === 'probationary',
      'identity told',
    );
    await c.act({ type: 'file', date: t0, filing: 'approval' });
    await c.act({ type: 'placement', date: t0, partyGroup: '第一党小组' });
    await c.act({ type: 'oath', date: t0, heldBy: 'branch' });
    const early = await refusalOf(c.act({ type: 'conversion_application', date: t0 }));
    expect(early.message).toContain('不能提前转正');

    await t.env.sleep(366 * DAY);
    const end = approved.dates.probationEnd!;
    await c.settle(
      (r) => r.alerts.some((a) => a.clock === 'probation_end' && a.level === 'opened'),
      'probation end opened',
    );
    const on = await today();
    await c.act({ type: 'conversion_application', date: on });
    await c.act({ type: 'conversion_meeting', date: on, resolution: 'convert', vote: vote(8, 8) });
    await c.act({ type: 'submit_conversion_approval' });
    const full = await decide(c, 'conversion_approval', people.committeeSecretary);
    expect(full.status).toBe('full');
    expect(full.dates.standing).toBe(end);
    await waitFor(
      () => t.identity.latestFor(c.input.caseId)?.membership?.status === 'full',
      'identity told of full membership',
    );
    expect(t.identity.latestFor(c.input.caseId)!.membership!.standingDate).toBe(end);
    await c.act(
      {
        type: 'archive',
        date: on,
        location: 'personnel_file',
        items: ['入党申请书', '入党志愿书', '政审材料', '转正申请'],
      },
      ['supervisor'],
    );
    // Polled rather than awaited: awaiting a result lets the test server skip time freely.
    expect((await c.settle((r) => r.dates.archived !== null, 'archived')).currentStep).toBeNull();
    console.info(
      `application to full membership on the time-skipping server: ${((Date.now() - started) / 1000).toFixed(1)} s wall`,
    );
  }
});
