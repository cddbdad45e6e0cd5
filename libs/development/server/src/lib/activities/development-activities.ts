import type { DevelopmentLocalActivities } from '@bastion/development-contracts';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CaseWriter } from './case-writer';

/** The local activities the development worker offers its workflows, each a thin call into a service Nest built. */
export function developmentActivities(
  cases: CaseWriter,
  calendar: WorkingCalendar,
): DevelopmentLocalActivities {
  return {
    holidayCalendar: async () => calendar.years(),
    persistCase: (record) => cases.persist(record),
  };
}
