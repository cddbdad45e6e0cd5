// Dates as the rules count them, in Asia/Shanghai: local dates and their arithmetic, calendar
// months clamped to the month's end, working days on China's holiday calendar (shipped years in
// `data`, administered ones from identity), and the one business clock (`clock`).
export * from './lib/local-date';
export { daysInMonth, isLeapYear } from './lib/gregorian';
export type { CivilDate } from './lib/gregorian';
export * from './lib/date-arithmetic';
export * from './lib/date-comparison';
export * from './lib/day-of-week';
export {
  SHANGHAI_UTC_OFFSET_MINUTES,
  deadlineInstant,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './lib/shanghai-time';
export * from './lib/clock';
export * from './lib/calendar-errors';
export * from './lib/year-data';
export * from './lib/holiday-calendar';
export * from './lib/china-holiday-calendar';
export * from './lib/working-days';
export * from './lib/conventions';
