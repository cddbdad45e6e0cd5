import { addDays, addMonths, addWorkingDays, type LocalDate } from '@bastion/calendar';
import type { MigrateCaseInput, MigratedStepInput } from '@bastion/development-contracts';
import {
  branchOf,
  MEMBERS_PER_BRANCH,
  memberId,
  organiser,
  secretaryId,
  applicantId,
} from './development-directory';

/** A deterministic spread of case `i` over `0 … n-1`, different for each `salt`. */
const spread = (i: number, salt: number, n: number) => ((i + 1) * 2_654_435_761 + salt * 40_503) % n;
const min = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

/** Every `months` after `from` strictly before `until`. */
function every(months: number, from: LocalDate, until: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let k = 1; addMonths(from, months * k) < until; k++) dates.push(addMonths(from, months * k));
  return dates;
}

export type Stage = 'activist' | 'candidate' | 'probationary';

/** Mostly activists and candidates, some in probation. */
export const stageOf = (i: number): Stage => {
  const r = spread(i, 1, 100);
  return r < 45 ? 'activist' : r < 85 ? 'candidate' : 'probationary';
};

/**
 * Paper record `i` as a branch officer would enter it: real past dates, every rule met (the talk
 * within a month, a year as activist, two sponsors, review, training, a passed vote and an
 * approval within three months), thought reports every three months and assessments every six
 * (every three in probation) up to today — except one record in ten, whose entries stopped
 * months ago, so that some clocks are overdue, as in any real migration.
 */
export function paperCase(i: number, today: LocalDate): MigrateCaseInput {
  const branch = branchOf(i);
  const stage = stageOf(i);
  const talker = { personId: secretaryId(branch), name: `基准书记${branch + 1}` };
  const m = (k: number) => ({ personId: memberId(branch, (i + k) % MEMBERS_PER_BRANCH) });
  const ago = (months: number, days: number) => addDays(addMonths(today, -months), -days);
  const until = spread(i, 15, 10) === 0 ? addMonths(today, -5) : addDays(today, 1);

  let meeting: LocalDate | null = null;
  let candidate: LocalDate | null = null;
  let activist: LocalDate;
  if (stage === 'activist') activist = ago(1 + spread(i, 2, 10), spread(i, 3, 25));
  else if (stage === 'candidate') {
    candidate = ago(1 + spread(i, 4, 5), spread(i, 5, 25));
    activist = addMonths(candidate, -(12 + spread(i, 6, 6)));
  } else {
    meeting = ago(1 + spread(i, 7, 9), spread(i, 8, 25));
    candidate = addMonths(meeting, -(2 + spread(i, 9, 3)));
    activist = addMonths(candidate, -(13 + spread(i, 10, 4)));
  }
  const application = addDays(addMonths(activist, -(2 + spread(i, 11, 3))), -spread(i, 12, 20));

  const steps: MigratedStepInput[] = [
    { type: 'talk', date: addDays(application, 5 + spread(i, 13, 20)), talker, note: '了解入党动机' },
    { type: 'decide_activist', date: activist, recommendedBy: ['members'] },
    { type: 'file', date: activist, filing: 'activist' },
    { type: 'assign_mentors', date: activist, mentors: [m(0), m(1)] },
  ];
  if (candidate) {
    steps.push(
      {
        type: 'decide_candidate',
        date: candidate,
        opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
        publicNotice: { from: addWorkingDays(candidate, -7), to: candidate },
      },
      { type: 'file', date: candidate, filing: 'candidate' },
      { type: 'fix_sponsors', date: candidate, sponsors: [m(2), m(3)] },
      { type: 'political_review', date: candidate, passed: true, note: '政治审查合格' },
      {
        type: 'concentrated_training',
        date: candidate,
        from: addDays(candidate, -2),
        days: 3,
        hours: 24,
        provider: '局党委党校',
      },
    );
  }
  let approval: LocalDate | null = null;
  if (meeting) {
    approval = min(addDays(meeting, 14 + spread(i, 14, 30)), today);
    const oath = addDays(approval, 7);
    steps.push(
      { type: 'committee_review', date: meeting },
      { type: 'pre_review_result', date: meeting, passed: true },
      { type: 'application_form', date: meeting },
      {
        type: 'admission_meeting',
        date: meeting,
        vote: { votingMembers: MEMBERS_PER_BRANCH + 1, present: 11, yes: 10, no: 1, abstain: 0 },
      },
      { type: 'approval_talk', date: meeting, talker: organiser, note: '谈话合格' },
      { type: 'approval_decision', date: approval, approved: true },
      { type: 'placement', date: approval, partyGroup: '第一党小组' },
      ...(oath <= today ? [{ type: 'oath' as const, date: oath, heldBy: 'branch' as const }] : []),
    );
  }
  const periodic: MigratedStepInput[] = [
    ...every(3, activist, until).map((date) => ({ type: 'thought_report' as const, date })),
    ...every(6, activist, min(meeting ?? until, until)).map((date) => ({
      type: 'assessment' as const,
      date,
      note: '考察合格',
    })),
    ...(approval ? every(3, approval, until) : []).map((date) => ({
      type: 'assessment' as const,
      date,
      note: '预备期考察合格',
    })),
  ];
  // In date order; on the same day, the record's own steps first.
  const dated = (step: MigratedStepInput) => ('date' in step ? step.date : '');
  const ordered = [...steps.map((step) => [step, 0] as const), ...periodic.map((step) => [step, 1] as const)];
  ordered.sort(([a, ka], [b, kb]) => dated(a).localeCompare(dated(b)) || ka - kb);
  return {
    personId: applicantId(i),
    applicationDate: application,
    note: '纸质档案录入',
    steps: ordered.map(([step]) => step),
  };
}
