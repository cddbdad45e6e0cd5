// Dates as the rules count them, in Asia/Shanghai: local dates and their arithmetic, calendar
// months clamped to the month's end, working days on China's holiday calendar (shipped years in
// `data`, administered ones from identity), and the one business clock (`clock`).
export {
  InvalidLocalDateError,
  isLocalDate,
  localDateFromParts,
  localDateParts,
  parseLocalDate,
  yearOf,
} from './lib/local-date';
export type { LocalDate } from './lib/local-date';
export { daysInMonth, isLeapYear } from './lib/gregorian';
export type { CivilDate } from './lib/gregorian';
export { addDays, addMonths, addYears, daysBetween } from './lib/date-arithmetic';
export {
  compareDates,
  earliestDate,
  isAfter,
  isBefore,
  isSameDate,
  isSameOrAfter,
  isSameOrBefore,
  latestDate,
} from './lib/date-comparison';
export { DayOfWeek, dayOfWeek, isWeekend } from './lib/day-of-week';
export {
  SHANGHAI_UTC_OFFSET_MINUTES,
  deadlineInstant,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './lib/shanghai-time';
export { CLOCK_MEMO_KEY, clock, clockShiftOf } from './lib/clock';
export { CalendarYearNotCoveredError, HolidayDataError } from './lib/calendar-errors';
export { validateYearData } from './lib/year-data';
export type { HolidayEntry, YearData } from './lib/year-data';
export {
  HolidayCalendar,
  createHolidayCalendar,
  isProvisionalDeadline,
  missingYears,
} from './lib/holiday-calendar';
export type { Holiday, HolidayCalendarOptions, UncoveredYears } from './lib/holiday-calendar';
export { chinaHolidayCalendar, shippedChinaHolidayData } from './lib/china-holiday-calendar';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './lib/working-days';
export {
  daysUntilDue,
  dueWithinDays,
  dueWithinMonths,
  dueWithinWorkingDays,
  dueWithinYears,
  earliestAfterDays,
  earliestAfterMonths,
  earliestAfterYears,
  isOnTime,
  isOverdue,
  isOverdueAt,
  isTooEarly,
} from './lib/conventions';
