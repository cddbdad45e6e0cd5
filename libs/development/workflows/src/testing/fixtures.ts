import { addWorkingDays, parseLocalDate } from '@bastion/calendar';
import {
  type CaseInput,
  caseInputSchema,
  type MigratedStepInput,
  nationalRuleSet,
  type PersonFacts,
} from '@bastion/development-contracts';
import { forest, forestIdPath, testId as id, testPerson as person } from '@bastion/shared-contracts/testing';

export const people = {
  officer: person(1, '王组委'),
  orgDepartment: person(2, '钱组织'),
  committeeSecretary: person(3, '周书记'),
  organiser: person(4, '孙组织员'),
  mentorA: person(5, '李联系'),
  mentorB: person(6, '赵联系'),
  sponsorA: person(7, '陈介绍'),
  sponsorB: person(8, '杨介绍'),
  probationer: person(9, '何预备'),
};

export const orgs = forest;

export const idPathOf = forestIdPath;
export const branchOrg = { ...orgs.branch, idPath: idPathOf(orgs.branch) };

/** Full members and one probationary member, as the identity service would report them. */
export const memberFacts: PersonFacts[] = [
  ...[people.mentorA, people.mentorB, people.sponsorA, people.sponsorB].map((p) => ({
    personId: p.personId,
    name: p.name,
    orgId: orgs.branch.id,
    membership: 'full' as const,
  })),
  {
    personId: people.probationer.personId,
    name: people.probationer.name,
    orgId: orgs.branch.id,
    membership: 'probationary',
  },
];

let n = 0;
/** A new applicant each time, born in 1998. */
export function applicant(): CaseInput['person'] {
  n += 1;
  return { personId: id(2000 + n), name: `申请人${n}`, gender: 'female', birthDate: '1998-05-06' };
}

export function caseInput(
  applicationDate: string,
  migratedSteps: MigratedStepInput[] = [],
  person = applicant(),
): CaseInput {
  return caseInputSchema.parse({
    caseId: person.personId,
    person,
    org: branchOrg,
    approvingCommittee: orgs.bureau,
    ruleSets: [nationalRuleSet()],
    openedBy: people.officer,
    application: { date: applicationDate, note: '入党申请书' },
    migratedSteps,
    people: memberFacts,
    // The branch's roll on each meeting date, as the identity service counts it: nine voters.
    rolls: migratedSteps
      .filter((step) => step.type === 'admission_meeting' || step.type === 'conversion_meeting')
      .map((step) => ({ date: step.date, withVotingRights: 9, excluded: [], expected: 9 })),
  });
}

let key = 0;
export const nextKey = () => `key-${String(++key).padStart(8, '0')}`;

export const vote = (present: number, yes: number, votingMembers = 9) => ({
  votingMembers,
  present,
  yes,
  no: present - yes,
  abstain: 0,
});

/**
 * The steps of a paper record up to a status, dated back from `on` so that every rule is met:
 * the talk within a month, a year as activist, assessments every six months, two sponsors, a
 * review, three days of training, a passed vote within three months of approval.
 */
export function paperRecord(
  stage: 'activist' | 'candidate' | 'admitted' | 'probationary',
  dates: { application: string; activist: string; candidate?: string; meeting?: string; approval?: string },
): MigratedStepInput[] {
  const steps: MigratedStepInput[] = [
    { type: 'talk', date: dates.application, talker: people.officer, note: '谈话记录' },
    { type: 'decide_activist', date: dates.activist, recommendedBy: ['members'] },
    { type: 'file', date: dates.activist, filing: 'activist' },
    {
      type: 'assign_mentors',
      date: dates.activist,
      mentors: [{ personId: people.mentorA.personId }, { personId: people.mentorB.personId }],
    },
  ];
  if (stage === 'activist') return steps;
  const c = dates.candidate!;
  steps.push(
    {
      type: 'decide_candidate',
      date: c,
      opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
      publicNotice: { from: addWorkingDays(parseLocalDate(c), -7), to: c },
    },
    { type: 'file', date: c, filing: 'candidate' },
    {
      type: 'fix_sponsors',
      date: c,
      sponsors: [{ personId: people.sponsorA.personId }, { personId: people.sponsorB.personId }],
    },
    { type: 'political_review', date: c, passed: true, note: '政审合格' },
    { type: 'concentrated_training', date: c, from: c, days: 3, hours: 24, provider: '局党委党校' },
  );
  if (stage === 'candidate') return steps;
  const m = dates.meeting!;
  steps.push(
    { type: 'committee_review', date: m },
    { type: 'pre_review_result', date: m, passed: true },
    { type: 'application_form', date: m },
    { type: 'admission_meeting', date: m, vote: vote(8, 7) },
    { type: 'approval_talk', date: m, talker: people.organiser, note: '谈话合格' },
  );
  if (stage === 'admitted') return steps;
  steps.push({ type: 'approval_decision', date: dates.approval ?? m, approved: true });
  return steps;
}

/** A case taken over from paper at `stage`, opened on the date of its application. */
export function paperCase(
  stage: Parameters<typeof paperRecord>[0],
  dates: Parameters<typeof paperRecord>[1],
): CaseInput {
  return caseInput(dates.application, paperRecord(stage, dates));
}
