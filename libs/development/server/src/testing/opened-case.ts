import { chinaHolidayCalendar } from '@bastion/calendar';
import { type CaseRecord, caseInputSchema, nationalRuleSet } from '@bastion/development-contracts';
import { openCaseRecord } from '@bastion/development-rules';

/** A test id: the same `n` gives the same uuid. */
export const testId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * The first record of 周小林's case at 甲林场党支部 (approved by 测试林业局党委), opened by the
 * rules as its workflow opens it, without a service around it: for the read model's tests.
 */
export function openedCase(applicationDate: string, today: string): CaseRecord {
  const id = testId;
  const input = caseInputSchema.parse({
    caseId: id(1),
    person: { personId: id(1), name: '周小林', gender: 'female', birthDate: '1998-05-04' },
    org: { id: id(3), name: '甲林场党支部', idPath: `/${id(2)}/${id(3)}/` },
    approvingCommittee: { id: id(2), name: '测试林业局党委' },
    ruleSets: [nationalRuleSet()],
    openedBy: { personId: id(5), name: '王甲书' },
    application: { date: applicationDate, note: '入党申请书' },
  });
  const ctx = {
    today,
    now: `${today}T02:00:00.000Z`,
    calendar: chinaHolidayCalendar,
    ruleSets: [nationalRuleSet()],
  };
  return { ...openCaseRecord(input, ctx).record, version: 1 };
}
