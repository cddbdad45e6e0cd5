import type { HolidayCalendar } from '@bastion/calendar';
import type { RuleSet } from '@bastion/development-contracts';

/** What every rule needs besides the case: the date, the calendar and the versions of the rules. */
export interface RuleContext {
  /** The business date today, Asia/Shanghai. */
  today: string;
  /** The instant now, UTC ISO. */
  now: string;
  calendar: HolidayCalendar;
  /** Every version the case knows, oldest first. */
  ruleSets: RuleSet[];
}
