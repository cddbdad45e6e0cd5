import { chinaHolidayCalendar } from '@bastion/calendar';
import { caseInputSchema, nationalRuleSet } from '@bastion/development-contracts';
import { openCaseRecord } from '@bastion/development-rules';
import { forestGroupDataset } from './forest-group';
import { type DemoCase, type DemoPeople, developmentDemoPlan, paperRecord } from './development-demo-plan';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const people: DemoPeople = {
  talker: { personId: id(1), name: '书记' },
  mentor: { personId: id(2), name: '联系人' },
  sponsors: [
    { personId: id(2), name: '联系人' },
    { personId: id(3), name: '介绍人' },
  ],
  organiser: { personId: id(4), name: '组织员' },
  voters: () => 30,
};

/** The record the rules make of a demo case's paper record on `today`. */
function openOn(plan: DemoCase, today: string) {
  const { applicationDate, steps } = paperRecord(plan, people, today);
  const input = caseInputSchema.parse({
    caseId: id(100),
    person: { personId: id(100), name: '申请人', gender: 'female', birthDate: '1995-05-01' },
    org: { id: id(10), name: '党支部', idPath: `/${id(9)}/${id(10)}/` },
    approvingCommittee: { id: id(9), name: '党委' },
    ruleSets: [nationalRuleSet()],
    openedBy: people.talker,
    application: { date: applicationDate },
    migratedSteps: steps,
    people: [people.talker, people.mentor, people.sponsors[1], people.organiser].map((p) => ({
      ...p,
      orgId: id(10),
      membership: 'full',
    })),
  });
  return openCaseRecord(input, {
    today,
    now: `${today}T04:00:00.000Z`,
    calendar: chinaHolidayCalendar,
    ruleSets: [nationalRuleSet()],
  });
}

describe('the member development demo', () => {
  const plan = developmentDemoPlan();

  it('names branches of the demo organisation, none of which runs out of applicants', () => {
    const { dataset } = forestGroupDataset();
    const branches = new Set(dataset.orgs.filter((o) => o.kind === 'branch').map((o) => o.name));
    for (const c of plan) expect(branches).toContain(c.branch);
    // The Red Star branch's few non-members are left to the console's end-to-end test but one.
    expect(plan.filter((c) => c.branch.includes('红星林场'))).toHaveLength(1);
  });

  // Dates count back from the day the demo loads, so the records must pass on any day of the year.
  it.each(['2026-11-24', '2027-02-10', '2027-10-02', '2028-02-29'])(
    'is a set of paper records the rules accept on %s, at every stage',
    (today) => {
      const statuses = new Set<string>();
      for (const c of plan) {
        const { record, problems, signOff } = openOn(c, today);
        expect({ key: c.key, problems }).toEqual({ key: c.key, problems: [] });
        // Only the live step opens a sign-off; no paper record is left waiting for one.
        expect(signOff).toBeNull();
        statuses.add(record.status);
      }
      expect(statuses).toEqual(new Set(['applicant', 'activist', 'candidate', 'probationary', 'full']));
    },
  );

  it('puts the cases where the board, the deadlines and the inbox show them', () => {
    const today = '2026-11-24';
    const byKey = new Map(plan.map((c) => [c.key, openOn(c, today).record]));
    expect(byKey.get('applicant-talk-overdue')!.alerts.map((a) => a.level)).toContain('escalated');
    expect(byKey.get('activist-ready')!.status).toBe('activist');
    expect(byKey.get('probationary-ending')!.dates.probationEnd! > today).toBe(true);
    expect(byKey.get('full-member')!.dates.standing! < today).toBe(true);
    expect(plan.filter((c) => c.live).map((c) => c.live)).toEqual(['committee_review', 'submit_approval']);
  });

  it('keeps every case on time but the one whose talk is overdue', () => {
    const today = '2026-11-24';
    const late = plan.filter((c) =>
      openOn(c, today).record.clocks.some((clock) => clock.kind === 'deadline' && clock.due < today),
    );
    expect(late.map((c) => c.key)).toEqual(['applicant-talk-overdue']);
  });
});
