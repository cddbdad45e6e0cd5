import type { DevelopmentLocalActivities } from '@bastion/development-contracts';
import type { CaseWriter } from './case-writer';

/**
 * The local activities the development worker offers its workflows besides the holiday calendar
 * every worker offers, each a thin call into a service Nest built.
 */
export function developmentActivities(
  cases: CaseWriter,
): Omit<DevelopmentLocalActivities, 'holidayCalendar'> {
  return { persistCase: (record) => cases.persist(record) };
}
