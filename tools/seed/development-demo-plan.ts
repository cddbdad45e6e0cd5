import { addDays, parseLocalDate } from '@bastion/calendar';
import type { PersonRef } from '@bastion/approvals-contracts';
import type { MigratedStepInput, VoteCountsInput } from '@bastion/development-contracts';

/**
 * The dates of a paper record, each as days before today; a date left out was not reached. The
 * demo enters the record as a branch would enter its paper files, so every clock counts from
 * these real dates.
 */
export interface PaperDates {
  applied: number;
  talk?: number;
  activist?: number;
  candidate?: number;
  /** Political review and sponsors follow the candidacy; this is the last day of the training. */
  training?: number;
  committeeReview?: number;
  preReview?: number;
  meeting?: number;
  approvalTalk?: number;
  approval?: number;
  oath?: number;
  conversionMeeting?: number;
  conversion?: number;
  archive?: number;
}

export interface DemoCase {
  key: string;
  /** The branch the applicant belongs to, by name. */
  branch: string;
  /** What the case shows someone trying the demo. */
  shows: string;
  paper: PaperDates;
  /**
   * What the branch then does today through the case's workflow, leaving its sign-off open in the
   * committee's inbox.
   */
  live?: 'committee_review' | 'submit_approval';
}

/** Who the paper record names, found in the branch and its committee. */
export interface DemoPeople {
  /** The branch secretary, who held the first talk. */
  talker: PersonRef;
  mentor: PersonRef;
  sponsors: [PersonRef, PersonRef];
  /** The committee's organiser, who held the talk before approval. */
  organiser: PersonRef;
  /** Full members of the branch with voting rights on a date, as the identity service's roll counts them. */
  voters: (date: string) => number;
}

const QINGSHAN = '青山林业局';

/**
 * Member development cases at every stage, mostly in the Qingshan bureau (whose demo logins are
 * printed at start), so the board, the deadlines and the committee's inbox all have something in
 * them: a new application, a talk overdue, activists before and after their year, candidates
 * before and at the pre-review, one admitted and waiting for approval, probationary members early
 * and near the end of probation, and one converted to full membership.
 */
export function developmentDemoPlan(): DemoCase[] {
  return [
    {
      key: 'applicant-new',
      branch: `${QINGSHAN}机关党支部`,
      shows: '新递交的入党申请，谈话期限未到',
      paper: { applied: 6 },
    },
    {
      key: 'applicant-talk-overdue',
      branch: `${QINGSHAN}白石林场党支部`,
      shows: '一个多月未派人谈话，已逾期并上报',
      paper: { applied: 48 },
    },
    {
      key: 'activist-half-year',
      branch: `${QINGSHAN}东风林场党支部`,
      shows: '确定为积极分子近半年，考察即将到期',
      paper: { applied: 200, talk: 190, activist: 160 },
    },
    {
      key: 'activist-ready',
      branch: `${QINGSHAN}红星林场党支部`,
      shows: '培养满一年，可以确定为发展对象',
      paper: { applied: 470, talk: 460, activist: 400 },
    },
    {
      key: 'activist-almost',
      branch: `${QINGSHAN}机关党支部`,
      shows: '培养将满一年，一个月后可确定为发展对象',
      paper: { applied: 380, talk: 372, activist: 335 },
    },
    {
      key: 'candidate-training',
      branch: `${QINGSHAN}木材加工厂党支部`,
      shows: '发展对象，尚待集中培训',
      paper: { applied: 560, talk: 550, activist: 500, candidate: 40 },
    },
    {
      key: 'candidate-pre-review',
      branch: `${QINGSHAN}苗圃党支部`,
      shows: '支委会今天审查，上级党委组织部预审中（组织部待办）',
      paper: { applied: 600, talk: 590, activist: 540, candidate: 60, training: 30 },
      live: 'committee_review',
    },
    {
      key: 'candidate-meeting-due',
      branch: `${QINGSHAN}木材加工厂党支部`,
      shows: '预审已通过，支部大会讨论接收临近期限',
      paper: {
        applied: 640,
        talk: 630,
        activist: 580,
        candidate: 90,
        training: 60,
        committeeReview: 35,
        preReview: 26,
      },
    },
    {
      key: 'admitted-awaiting-approval',
      branch: `${QINGSHAN}森林防火站党支部`,
      shows: '支部大会已通过接收，报党委审批中（党委书记待办）',
      paper: {
        applied: 700,
        talk: 690,
        activist: 640,
        candidate: 120,
        training: 90,
        committeeReview: 60,
        preReview: 50,
        meeting: 20,
        approvalTalk: 10,
      },
      live: 'submit_approval',
    },
    {
      key: 'probationary-early',
      branch: `${QINGSHAN}运输队党支部`,
      shows: '预备党员，预备期第四个月',
      paper: {
        applied: 850,
        talk: 840,
        activist: 790,
        candidate: 250,
        training: 220,
        committeeReview: 190,
        preReview: 180,
        meeting: 130,
        approvalTalk: 115,
        approval: 100,
        oath: 90,
      },
    },
    {
      key: 'probationary-ending',
      branch: `${QINGSHAN}东风林场党支部`,
      shows: '预备期将满，转正讨论临近',
      paper: {
        applied: 1060,
        talk: 1050,
        activist: 1000,
        candidate: 470,
        training: 440,
        committeeReview: 410,
        preReview: 400,
        meeting: 350,
        approvalTalk: 340,
        approval: 320,
        oath: 310,
      },
    },
    {
      key: 'full-member',
      branch: `${QINGSHAN}白石林场党支部`,
      shows: '按期转为正式党员，材料已归档',
      paper: {
        applied: 1150,
        talk: 1140,
        activist: 1080,
        candidate: 540,
        training: 510,
        committeeReview: 480,
        preReview: 470,
        meeting: 430,
        approvalTalk: 420,
        approval: 400,
        oath: 390,
        conversionMeeting: 50,
        conversion: 30,
        archive: 25,
      },
    },
    {
      key: 'songhe-activist',
      branch: '松河林业局前进林场党支部',
      shows: '另一林业局的积极分子',
      paper: { applied: 150, talk: 140, activist: 90 },
    },
    {
      key: 'songhe-probationary',
      branch: '松河林业局人造板厂党支部',
      shows: '另一林业局的预备党员',
      paper: {
        applied: 900,
        talk: 890,
        activist: 840,
        candidate: 300,
        training: 270,
        committeeReview: 250,
        preReview: 240,
        meeting: 200,
        approvalTalk: 190,
        approval: 170,
        oath: 160,
      },
    },
  ];
}

/** Every `every` days after `from`, while before `until` (days before today, counting down). */
function everyDaysBetween(from: number, until: number, every: number): number[] {
  const days: number[] = [];
  for (let d = from - every; d > until; d -= every) days.push(d);
  return days;
}

/**
 * The paper record of a demo case as the migration API takes it: its steps in order, with their
 * real dates, as `today` places them.
 */
export function paperRecord(
  plan: DemoCase,
  people: DemoPeople,
  today: string,
): { applicationDate: string; steps: MigratedStepInput[] } {
  const p = plan.paper;
  const on = (daysAgo: number) => addDays(parseLocalDate(today), -daysAgo);
  const member = (ref: PersonRef) => ({ personId: ref.personId });
  const vote = (date: string): VoteCountsInput => {
    const voters = people.voters(date);
    const present = Math.max(voters - 1, Math.floor(voters / 2) + 1);
    return { votingMembers: voters, present, yes: present, no: 0, abstain: 0 };
  };
  const steps: MigratedStepInput[] = [];
  if (p.talk === undefined) return { applicationDate: on(p.applied), steps };
  steps.push({
    type: 'talk',
    date: on(p.talk),
    talker: people.talker,
    note: '了解入党动机，讲解党的基本知识',
  });
  if (p.activist === undefined) return { applicationDate: on(p.applied), steps };

  const activist = p.activist;
  steps.push(
    { type: 'decide_activist', date: on(activist), recommendedBy: ['members'] },
    { type: 'file', date: on(activist), filing: 'activist' },
    { type: 'assign_mentors', date: on(activist), mentors: [member(people.mentor)] },
  );
  // A thought report every quarter until full membership; assessed every half year until admitted.
  for (const day of everyDaysBetween(activist, p.conversionMeeting ?? 0, 90)) {
    steps.push({ type: 'thought_report', date: on(day) });
  }
  for (const day of everyDaysBetween(activist, p.meeting ?? 0, 180)) {
    steps.push({ type: 'assessment', date: on(day), note: '培养联系人考察：表现良好' });
  }
  if (p.candidate === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };

  const candidate = p.candidate;
  steps.push(
    {
      type: 'decide_candidate',
      date: on(candidate),
      opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
      publicNotice: { from: on(candidate + 25), to: on(candidate + 1) },
    },
    { type: 'file', date: on(candidate), filing: 'candidate' },
    { type: 'fix_sponsors', date: on(candidate), sponsors: people.sponsors.map(member) },
    { type: 'political_review', date: on(candidate - 5), passed: true, note: '政治审查合格' },
  );
  if (p.training !== undefined) {
    steps.push({
      type: 'concentrated_training',
      from: on(p.training + 2),
      date: on(p.training),
      days: 3,
      hours: 24,
      provider: '林业局党委党校',
    });
  }
  if (p.committeeReview === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };
  steps.push({ type: 'committee_review', date: on(p.committeeReview) });
  if (p.preReview === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };
  steps.push({ type: 'pre_review_result', date: on(p.preReview), passed: true });
  if (p.meeting === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };
  steps.push(
    { type: 'application_form', date: on(p.meeting + 5) },
    { type: 'admission_meeting', date: on(p.meeting), vote: vote(on(p.meeting)) },
  );
  if (p.approvalTalk !== undefined) {
    steps.push({
      type: 'approval_talk',
      date: on(p.approvalTalk),
      talker: people.organiser,
      note: '入党动机端正，同意报批',
    });
  }
  if (p.approval === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };
  steps.push(
    { type: 'approval_decision', date: on(p.approval), approved: true },
    { type: 'file', date: on(p.approval - 3), filing: 'approval' },
    { type: 'placement', date: on(p.approval - 3), partyGroup: '第一党小组' },
  );
  if (p.oath !== undefined) steps.push({ type: 'oath', date: on(p.oath), heldBy: 'branch' });
  // Assessed every quarter of the probation.
  for (const day of everyDaysBetween(p.approval, p.conversionMeeting ?? 0, 90)) {
    steps.push({ type: 'assessment', date: on(day), note: '预备期考察：表现良好' });
  }
  if (p.conversionMeeting === undefined) return { applicationDate: on(p.applied), steps: byDate(steps) };
  steps.push(
    { type: 'conversion_application', date: on(p.conversionMeeting + 10) },
    {
      type: 'conversion_meeting',
      date: on(p.conversionMeeting),
      resolution: 'convert',
      vote: vote(on(p.conversionMeeting)),
    },
  );
  if (p.conversion !== undefined) {
    steps.push({ type: 'conversion_decision', date: on(p.conversion), approved: true });
  }
  if (p.archive !== undefined) {
    steps.push({
      type: 'archive',
      date: on(p.archive),
      location: 'personnel_file',
      items: ['入党申请书', '入党志愿书', '政审材料', '培养考察材料', '转正申请'],
    });
  }
  return { applicationDate: on(p.applied), steps: byDate(steps) };
}

/** Steps in date order; steps of one day keep the order of the procedure. */
function byDate(steps: MigratedStepInput[]): MigratedStepInput[] {
  const dateOf = (step: MigratedStepInput) => ('date' in step ? step.date : '');
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => dateOf(a.step).localeCompare(dateOf(b.step)) || a.index - b.index)
    .map(({ step }) => step);
}
