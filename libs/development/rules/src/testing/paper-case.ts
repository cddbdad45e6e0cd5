import { chinaHolidayCalendar } from '@bastion/calendar';
import { caseInputSchema, type MigratedStepInput, nationalRuleSet } from '@bastion/development-contracts';
import { openCaseRecord } from '../lib/case/open-case';
import type { RuleContext } from '../lib/rule-context';

export const id = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string) => ({ personId: id(n), name });
const officer = person(1, '王组委');
const [mentorA, mentorB, sponsorA, sponsorB] = [person(5, '李联系'), person(6, '赵联系'), person(7, '陈介绍'), person(8, '杨介绍')];
const branch = { id: id(3), name: '红星林场党支部', idPath: `/${id(2)}/${id(3)}/` };
const vote = (present: number, yes: number) => ({ votingMembers: 9, present, yes, no: present - yes, abstain: 0 });

export const ctxOn = (today: string): RuleContext => ({
  today,
  now: `${today}T02:00:00.000Z`,
  calendar: chinaHolidayCalendar,
  ruleSets: [nationalRuleSet()],
});

/**
 * A paper record on fixed dates, taken up to a step (null: to the conversion's approval), every
 * rule kept: application 2023-01-10, activist 2023-03-01, candidate 2024-03-05, admission meeting
 * 2024-05-10, approval 2024-06-10, conversion meeting 2025-05-15, approved 2025-06-01. `over`
 * changes or drops steps by type; the problems the rules find are returned, not thrown.
 */
export function paperCase(
  today: string,
  until: MigratedStepInput['type'] | null,
  over: Partial<Record<MigratedStepInput['type'], object | null>> = {},
) {
  const steps: MigratedStepInput[] = [
    { type: 'talk', date: '2023-01-20', talker: officer, note: '谈话记录' },
    { type: 'decide_activist', date: '2023-03-01', recommendedBy: ['members'] },
    { type: 'file', date: '2023-03-01', filing: 'activist' },
    { type: 'assign_mentors', date: '2023-03-01', mentors: [mentorA, mentorB].map(({ personId }) => ({ personId })) },
    { type: 'assessment', date: '2023-08-20', note: '考察' },
    { type: 'assessment', date: '2024-02-20', note: '考察' },
    {
      type: 'decide_candidate',
      date: '2024-03-05',
      opinionsHeard: { partyGroup: true, mentors: true, members: true, nonMembers: true },
      publicNotice: { from: '2024-02-21', to: '2024-03-04' },
    },
    { type: 'file', date: '2024-03-05', filing: 'candidate' },
    { type: 'fix_sponsors', date: '2024-03-06', sponsors: [sponsorA, sponsorB].map(({ personId }) => ({ personId })) },
    { type: 'political_review', date: '2024-03-10', passed: true, note: '政审合格' },
    { type: 'concentrated_training', date: '2024-03-25', from: '2024-03-20', days: 3, hours: 24, provider: '局党委党校' },
    { type: 'committee_review', date: '2024-04-10' },
    { type: 'pre_review_result', date: '2024-04-20', passed: true },
    { type: 'application_form', date: '2024-04-25' },
    { type: 'admission_meeting', date: '2024-05-10', vote: vote(8, 7) },
    { type: 'approval_talk', date: '2024-05-20', talker: officer, note: '审批前谈话' },
    { type: 'approval_decision', date: '2024-06-10', approved: true },
    { type: 'oath', date: '2024-07-01', heldBy: 'branch' },
    { type: 'conversion_application', date: '2025-05-10' },
    { type: 'conversion_meeting', date: '2025-05-15', resolution: 'convert', vote: vote(8, 8) },
    { type: 'conversion_decision', date: '2025-06-01', approved: true },
  ] as MigratedStepInput[];
  const cut = until ? steps.findIndex((s) => s.type === until) : steps.length - 1;
  const taken = steps
    .slice(0, cut + 1)
    .map((s) => (s.type in over ? (over[s.type] === null ? null : { ...s, ...over[s.type] }) : s))
    .filter((s): s is MigratedStepInput => s !== null);
  const input = caseInputSchema.parse({
    caseId: id(2001),
    person: { personId: id(2001), name: '申请人', gender: 'female', birthDate: '1998-05-06' },
    org: branch,
    approvingCommittee: { id: id(2), name: '青山林业局党委' },
    ruleSets: [nationalRuleSet()],
    openedBy: officer,
    application: { date: '2023-01-10', note: '入党申请书' },
    migratedSteps: taken,
    people: [mentorA, mentorB, sponsorA, sponsorB].map((p) => ({ ...p, orgId: branch.id, membership: 'full' })),
  });
  return openCaseRecord(input, ctxOn(today));
}

