import { CalendarYearNotCoveredError, HolidayDataError } from './calendar-errors';
import { isWeekend } from './day-of-week';
import { LocalDate, yearOf } from './local-date';
import { YearData, validateYearData } from './year-data';

export interface Holiday {
  readonly name: string;
  readonly nameEn: string;
}

/**
 * What a calendar answers about a year it has no data for. `throw` refuses to guess
 * ({@link CalendarYearNotCoveredError}); `weekdays` counts Monday–Friday as working days, for
 * deadlines that must not stop a procedure and are shown as provisional until the year is added.
 */
export type UncoveredYears = 'throw' | 'weekdays';

export interface HolidayCalendarOptions {
  readonly uncoveredYears?: UncoveredYears;
}

/**
 * Which days are working days in mainland China, for the years it has data for.
 *
 * A day is a working day when it is a listed make-up working day, or a Monday–Friday that is not
 * a listed holiday. Any question about a date whose year has no data throws
 * {@link CalendarYearNotCoveredError}, unless the calendar was built to count weekdays there.
 * Immutable: extending the calendar means building a new one from more year data.
 */
export class HolidayCalendar {
  readonly uncoveredYears: UncoveredYears;
  readonly coveredYears: readonly number[];
  readonly provisionalYears: readonly number[];
  private readonly holidays = new Map<string, Holiday>();
  private readonly makeUpWorkdays = new Set<string>();
  private readonly data: readonly YearData[];

  /** Prefer {@link createHolidayCalendar}; the constructor trusts nothing either way. */
  constructor(years: readonly unknown[], options: HolidayCalendarOptions = {}) {
    this.uncoveredYears = options.uncoveredYears ?? 'throw';
    if (!Array.isArray(years)) throw new HolidayDataError(undefined, ['expected an array of year data']);
    const validated = years.map((year) => validateYearData(year));

    const problems: string[] = [];
    const yearNumbers = validated.map((y) => y.year);
    yearNumbers
      .filter((year, index) => yearNumbers.indexOf(year) !== index)
      .forEach((year) => problems.push(`year ${year} is given more than once`));

    // Dates near a year end may be listed by the neighbouring year's notice; each date still has one meaning.
    const listedBy = new Map<string, number>();
    for (const year of validated) {
      for (const date of [...year.holidays.map((h) => h.date), ...year.makeUpWorkdays]) {
        const other = listedBy.get(date);
        if (other !== undefined && other !== year.year)
          problems.push(`${date} is listed by both ${other} and ${year.year}`);
        listedBy.set(date, year.year);
      }
    }
    if (problems.length > 0) throw new HolidayDataError(undefined, problems);

    for (const year of validated) {
      year.holidays.forEach(({ date, name, nameEn }) => this.holidays.set(date, { name, nameEn }));
      year.makeUpWorkdays.forEach((date) => this.makeUpWorkdays.add(date));
    }
    this.data = [...validated].sort((a, b) => a.year - b.year);
    this.coveredYears = Object.freeze(this.data.map((y) => y.year));
    this.provisionalYears = Object.freeze(this.data.filter((y) => y.provisional === true).map((y) => y.year));
  }

  covers(year: number): boolean {
    return this.coveredYears.includes(year);
  }

  /** Throws {@link CalendarYearNotCoveredError} unless the year of `date` has data. */
  assertCovers(date: LocalDate): void {
    const year = yearOf(date);
    if (!this.covers(year)) throw new CalendarYearNotCoveredError(year, date, this.coveredYears);
  }

  /** Whether `date`'s year has data; throws for a year without it unless the calendar counts weekdays there. */
  private answersFor(date: LocalDate): boolean {
    if (this.uncoveredYears === 'weekdays' && !this.covers(yearOf(date))) return false;
    this.assertCovers(date);
    return true;
  }

  /** The same data, answering for years without data as `uncoveredYears` says. */
  withUncoveredYears(uncoveredYears: UncoveredYears): HolidayCalendar {
    return uncoveredYears === this.uncoveredYears ? this : new HolidayCalendar(this.data, { uncoveredYears });
  }

  /** Whether the data for `date`'s year is provisional (not from a published notice, or no data at all). */
  isProvisional(date: LocalDate): boolean {
    if (!this.answersFor(date)) return true;
    return this.provisionalYears.includes(yearOf(date));
  }

  /** The holiday `date` belongs to, or `undefined` when it is not an official day off. */
  holidayOn(date: LocalDate): Holiday | undefined {
    if (!this.answersFor(date)) return undefined;
    return this.holidays.get(date);
  }

  isMakeUpWorkday(date: LocalDate): boolean {
    if (!this.answersFor(date)) return false;
    return this.makeUpWorkdays.has(date);
  }

  isWorkingDay(date: LocalDate): boolean {
    if (!this.answersFor(date)) return !isWeekend(date);
    if (this.makeUpWorkdays.has(date)) return true;
    return !isWeekend(date) && !this.holidays.has(date);
  }

  /** The data the calendar was built from, normalised and sorted: what an administrator's screen shows or stores. */
  toYearData(): YearData[] {
    return this.data.map((year) => ({
      ...year,
      holidays: year.holidays.map((h) => ({ ...h })),
      makeUpWorkdays: [...year.makeUpWorkdays],
    }));
  }
}

/** Builds a calendar from plain year data, validating all of it; throws {@link HolidayDataError}. */
export function createHolidayCalendar(
  years: readonly YearData[],
  options: HolidayCalendarOptions = {},
): HolidayCalendar {
  return new HolidayCalendar(years, options);
}

/**
 * Whether a deadline counted from `from` to `due` is provisional: some year it spans has no data,
 * so weekdays stood in for working days and the date may move once an administrator adds the year.
 */
export function isProvisionalDeadline(from: LocalDate, due: LocalDate, calendar: HolidayCalendar): boolean {
  const [first, last] = from <= due ? [yearOf(from), yearOf(due)] : [yearOf(due), yearOf(from)];
  for (let year = first; year <= last; year += 1) if (!calendar.covers(year)) return true;
  return false;
}

/** The years from `first` to `last` that have no data: what an administrator is asked to add. */
export function missingYears(calendar: HolidayCalendar, first: number, last: number): number[] {
  const missing: number[] = [];
  for (let year = first; year <= last; year += 1) if (!calendar.covers(year)) missing.push(year);
  return missing;
}
