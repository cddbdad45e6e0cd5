import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  addWorkingDays,
  clock,
  createHolidayCalendar,
  parseLocalDate,
  shippedChinaHolidayData,
} from '@bastion/calendar';
import {
  type CaseStepInput,
  type CaseView,
  caseWorkflowId,
  type MigratedStepInput,
  type VoteCountsInput,
} from '@bastion/development-contracts';
import {
  createdId,
  directory,
  eventually,
  type PersonKey,
  posted,
  recordReader,
} from '@bastion/platform-service-testing';
import type { DevelopmentTestApp } from './development-test-app';

export { eventually } from '@bastion/platform-service-testing';
export { decideSignOff as decide } from '@bastion/approvals-server/testing';

/**
 * The calendar the test services count on: the shipped years, and weekdays in a year without data
 * (a paper record dated years back may reach before the shipped years).
 */
const servicesCalendar = createHolidayCalendar(shippedChinaHolidayData, { uncoveredYears: 'weekdays' });

/** A step as the HTTP API takes it, with a fresh idempotency key. */
export function action(step: CaseStepInput, idempotencyKey = `key-${randomUUID()}`) {
  return { idempotencyKey, step };
}

/** The business date `days` from today in Asia/Shanghai (negative: in the past). */
export function inDays(days: number): string {
  return addDays(clock.today(), days);
}

export function inMonths(months: number): string {
  return addMonths(clock.today(), months);
}

type TalkStep = Extract<CaseStepInput, { type: 'talk' }>;

/** The talk with the applicant on `date`, by `talker` (the branch secretary unless another is named). */
export function talk(
  date: string,
  talker: PersonKey = 'farmASecretary',
  over: Partial<Pick<TalkStep, 'note' | 'files'>> = {},
): TalkStep {
  return { type: 'talk', date, talker: directory.ref(talker), note: '谈话', ...over };
}

/** A full member of 甲林场党支部 named as mentor or sponsor. */
export const member = (key: PersonKey) => ({ personId: directory.person(key).id });

/** Counts of a branch meeting of 甲林场党支部, whose three full members may vote. */
export function vote(present = 3, yes = present): VoteCountsInput {
  return { votingMembers: 3, present, yes, no: present - yes, abstain: 0 };
}

/** Opens a case for a person of the directory as one of their branch's officers; returns its id. */
export function openCase(
  t: DevelopmentTestApp,
  person: PersonKey,
  over: Record<string, unknown> = {},
  who: PersonKey = 'farmASecretary',
): Promise<string> {
  return createdId(t.as(who), '/cases', {
    personId: directory.person(person).id,
    applicationDate: inDays(-400),
    note: '入党申请书',
    ...over,
  });
}

/** Opens a paper record; returns its id. */
export function migrateCase(
  t: DevelopmentTestApp,
  person: PersonKey,
  applicationDate: string,
  steps: MigratedStepInput[],
  who: PersonKey = 'farmASecretary',
): Promise<string> {
  return createdId(t.as(who), '/cases/migrate', {
    personId: directory.person(person).id,
    applicationDate,
    steps,
  });
}

/** Takes a step on a case and expects it to be taken. */
export async function step(
  t: DevelopmentTestApp,
  who: PersonKey,
  caseId: string,
  taken: CaseStepInput,
): Promise<CaseView> {
  return posted(t.as(who), 200, `/cases/${caseId}/actions`, action(taken));
}

const cases = recordReader<CaseView>((id) => `/cases/${id}`, 'farmASecretary');
/** A case as a person of the directory sees it: its branch's secretary unless another is named. */
export const caseView = cases.read;
/** Waits until the case's read model shows what the test expects. */
export const caseWhen = cases.when;

/** Waits until the case's workflow has nothing under way: no activity running, no task to process. */
export async function caseIdle(t: DevelopmentTestApp, caseId: string): Promise<void> {
  const handle = t.temporal.workflow.getHandle(caseWorkflowId(caseId));
  await eventually(
    () => handle.describe().then((d) => d.raw),
    (raw) => !raw.pendingWorkflowTask && !raw.pendingActivities?.length,
    `the workflow of case ${caseId} at rest`,
  );
}

/** Every six months after `from`, up to `to`. */
function halfYearsBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let k = 1; addMonths(parseLocalDate(from), 6 * k) <= to; k++)
    dates.push(addMonths(parseLocalDate(from), 6 * k));
  return dates;
}

const heard = { partyGroup: true, mentors: true, members: true, nonMembers: true };

/**
 * A paper record of 甲林场党支部 up to a stage, each step dated so that every rule is met: the talk
 * within a month, a year as activist, two sponsors, a passed review, three days of training, a
 * passed vote and its approval within three months; an assessment every six months and a thought
 * report up to the candidate date.
 */
export function paperRecord(
  stage: 'candidate' | 'probationary',
  dates: { application: string; activist: string; candidate: string; meeting?: string; approval?: string },
): MigratedStepInput[] {
  const { application, activist, candidate } = dates;
  const steps: MigratedStepInput[] = [
    talk(application, 'farmASecretary', { note: '了解入党动机' }),
    { type: 'decide_activist', date: activist, recommendedBy: ['members'] },
    { type: 'file', date: activist, filing: 'activist' },
    { type: 'assign_mentors', date: activist, mentors: [member('farmAMember')] },
    ...halfYearsBetween(activist, candidate).map((date) => ({
      type: 'assessment' as const,
      date,
      note: '考察合格',
    })),
    {
      type: 'decide_candidate',
      date: candidate,
      opinionsHeard: heard,
      // Seven working days back, so that the five-day notice holds across any holiday.
      publicNotice: {
        from: addWorkingDays(parseLocalDate(candidate), -7, servicesCalendar),
        to: addDays(parseLocalDate(candidate), -1),
      },
    },
    { type: 'file', date: candidate, filing: 'candidate' },
    { type: 'fix_sponsors', date: candidate, sponsors: [member('submitter'), member('farmAMember')] },
    { type: 'political_review', date: candidate, passed: true, note: '政治审查合格' },
    {
      type: 'concentrated_training',
      date: candidate,
      from: candidate,
      days: 3,
      hours: 24,
      provider: '局党委党校',
    },
    { type: 'assessment', date: candidate, note: '考察合格' },
    { type: 'thought_report', date: candidate },
  ];
  if (stage === 'candidate') return steps;
  const meeting = dates.meeting!;
  return [
    ...steps,
    { type: 'committee_review', date: meeting },
    { type: 'pre_review_result', date: meeting, passed: true },
    { type: 'application_form', date: meeting },
    { type: 'admission_meeting', date: meeting, vote: vote() },
    { type: 'approval_talk', date: meeting, talker: directory.ref('orgDeptLin'), note: '谈话合格' },
    { type: 'approval_decision', date: dates.approval ?? meeting, approved: true },
  ];
}

/**
 * The usual paper record of a candidate: applied twenty months ago, an activist a month later,
 * a candidate two months ago.
 */
export function candidateRecord(): MigratedStepInput[] {
  return paperRecord('candidate', {
    application: inMonths(-20),
    activist: inMonths(-19),
    candidate: inMonths(-2),
  });
}

/** A case taken over from the usual paper record of a candidate (`candidateRecord`). */
export function migrateCandidate(t: DevelopmentTestApp, person: PersonKey, who?: PersonKey): Promise<string> {
  return migrateCase(t, person, inMonths(-20), candidateRecord(), who);
}

export { heard as allOpinionsHeard };
