import type { Stage } from '@bastion/approvals-contracts';
import {
  addDays,
  addWorkingDays,
  chinaHolidayCalendar,
  deadlineInstant,
  dueWithinDays,
  dueWithinWorkingDays,
  type HolidayCalendar,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '@bastion/calendar';

/**
 * A task opened at `openedAt` is due at the end of the day its time limit ends (Asia/Shanghai),
 * counted in working days on the holiday calendar or in calendar days; its reminder goes out at
 * the start of the day `remindBefore` days (same unit) before that. No limit, no deadline.
 */
export function taskDeadlines(
  openedAt: string,
  stage: Pick<Stage, 'timeLimit' | 'remindBefore'>,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): { dueAt?: string; remindAt?: string } {
  if (!stage.timeLimit) return {};
  const opened = shanghaiDateOf(new Date(openedAt));
  const working = stage.timeLimit.unit === 'working_days';
  const due = working
    ? dueWithinWorkingDays(opened, stage.timeLimit.amount, calendar)
    : dueWithinDays(opened, stage.timeLimit.amount);
  const remindOn = working
    ? addWorkingDays(due, -stage.remindBefore, calendar)
    : addDays(due, -stage.remindBefore);
  return {
    dueAt: deadlineInstant(due).toISOString(),
    remindAt: startOfShanghaiDay(remindOn < opened ? opened : remindOn).toISOString(),
  };
}
