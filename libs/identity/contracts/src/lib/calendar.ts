import { z } from 'zod';
import { line, localDateSchema } from '@bastion/shared-contracts';

/** A year of the holiday calendar in a path: the calendar's own range. */
export const calendarYearParamSchema = z.coerce.number().int().min(1901).max(2099);

export const holidayEntrySchema = z.strictObject({
  date: localDateSchema,
  /** Chinese name as in the notice, e.g. 春节. */
  name: line.trim().min(1).max(40),
  nameEn: line.trim().min(1).max(60),
});

/**
 * One year's official arrangement as an administrator enters it: every day off of each holiday
 * period (weekend days included) and the weekend days declared working days (调休上班). The
 * calendar's own checks (dates in the year, make-up days on weekends, no date twice, nothing
 * contradicting the neighbouring years) answer 400 with every problem.
 */
export const calendarYearInputSchema = z.strictObject({
  holidays: z.array(holidayEntrySchema).max(80),
  makeUpWorkdays: z.array(localDateSchema).max(30),
  /** Not from a published notice yet (e.g. the statutory days only). */
  provisional: z.boolean().default(false),
  /** The notice's title and number. */
  source: line.trim().max(300).optional(),
});
export type CalendarYearInput = z.infer<typeof calendarYearInputSchema>;

/**
 * Where a year's data comes from: shipped with the code, shipped but corrected by an
 * administrator, or added by an administrator.
 */
export const calendarYearOriginSchema = z.enum(['shipped', 'overridden', 'added']);
export type CalendarYearOrigin = z.infer<typeof calendarYearOriginSchema>;

export const calendarYearSchema = z.object({
  year: z.int32(),
  origin: calendarYearOriginSchema,
  holidays: z.array(holidayEntrySchema),
  makeUpWorkdays: z.array(localDateSchema),
  provisional: z.boolean(),
  source: line.nullable(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: line.nullable(),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const holidayCalendarViewSchema = z.object({
  years: z.array(calendarYearSchema),
  /**
   * Years from this one to the next without data: deadlines there count weekdays and are shown
   * as provisional until an administrator adds the year.
   */
  missingYears: z.array(z.int32()),
  today: localDateSchema,
});
export type HolidayCalendarView = z.infer<typeof holidayCalendarViewSchema>;
