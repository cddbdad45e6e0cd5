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
  /**
   * Set by a case workflow whose history was recorded before the committee's decisions were timed
   * when taken (the conversion's especially): it replays as it ran.
   */
  untimedDecisions?: boolean;
  /**
   * A branch meeting's vote is checked against the identity service's roll on its date and
   * refused without one; unset in histories recorded before, which replay as they ran.
   */
  votersFromRoll?: boolean;
}
