import { chinaHolidayCalendar } from '@bastion/calendar';
import type { CaseStepType, CaseView, DevelopmentStatus } from '@bastion/development-contracts';
import { caseInputSchema, nationalRuleSet, stepDefinitions } from '@bastion/development-contracts';
import { openCaseRecord } from '@bastion/development-rules';

export const CASE_ID = '00000000-0000-4000-8000-0000000000aa';
export const BRANCH_ID = '00000000-0000-4000-8000-0000000000c1';

/**
 * A case as the service answers for it, for the page's component tests: opened by the rules,
 * then a candidate at step 9 by default.
 */
export function caseView(allowedSteps: CaseStepType[], status: DevelopmentStatus = 'candidate'): CaseView {
  const current = 9;
  const row: CaseView['row'] = {
    id: CASE_ID,
    number: 'FZ2026-000042',
    person: { id: CASE_ID, name: '张林', gender: 'male' },
    org: { id: BRANCH_ID, name: '红星林场党支部' },
    status,
    currentStep: current,
    currentStepKey: 'sponsors',
    applicationDate: '2024-03-01',
    activistDate: '2024-09-02',
    candidateDate: '2025-09-10',
    admissionDate: null,
    probationEnd: null,
    standingDate: null,
    nextDue: null,
    overdue: false,
    migrated: false,
    closedOn: null,
  };
  const rules = nationalRuleSet();
  const opened = openCaseRecord(
    caseInputSchema.parse({
      caseId: CASE_ID,
      person: { personId: CASE_ID, name: '张林', gender: 'male', birthDate: '1998-05-04' },
      org: { id: BRANCH_ID, name: row.org.name, idPath: `/${BRANCH_ID}/` },
      approvingCommittee: null,
      ruleSets: [rules],
      openedBy: { personId: '00000000-0000-4000-8000-00000000000b', name: '王书记' },
      application: { date: '2024-03-01' },
    }),
    {
      today: '2024-03-01',
      now: '2024-03-01T02:00:00.000Z',
      calendar: chinaHolidayCalendar,
      ruleSets: [rules],
    },
  ).record;
  return {
    row,
    record: {
      ...opened,
      status,
      currentStep: current,
      dates: {
        ...opened.dates,
        talk: '2024-03-20',
        activist: '2024-09-02',
        activistFiled: '2024-09-10',
        mentors: '2024-09-02',
        candidate: '2025-09-10',
      },
      mentors: [{ personId: '00000000-0000-4000-8000-00000000000b', name: '王书记' }],
      clocks: [],
      entries: [],
      version: 12,
    },
    timeline: stepDefinitions.map((s) => ({
      number: s.number,
      key: s.key,
      stage: s.stage,
      state: s.number < current ? 'done' : s.number === current ? 'current' : 'coming',
      date: null,
      due: null,
      earliest: null,
      predicted: null,
      rule: null,
      ruleText: null,
      entries: [],
    })),
    compliance: [],
    capacities: ['officer'],
    allowedSteps,
    termination: null,
  };
}
