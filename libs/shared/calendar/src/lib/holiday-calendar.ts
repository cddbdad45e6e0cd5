import { CalendarYearNotCoveredError, HolidayDataError } from './calendar-errors';
import { isWeekend } from './day-of-week';
import { LocalDate, yearOf } from './local-date';
import { YearData, validateYearData } from './year-data';

export interface Holiday {
  readonly name: string;
  readonly nameEn: string;
}

/**
 * Which days are working days in mainland China, for the years it has data for.
 *
 * A day is a working day when it is a listed make-up working day, or a Monday–Friday that is not
 * a listed holiday. Any question about a date whose year has no data throws
 * {@link CalendarYearNotCoveredError}. Immutable: extending the calendar means building a new one
 * from more year data.
 */
export class HolidayCalendar {
  readonly coveredYears: readonly number[];
  readonly provisionalYears: readonly number[];
  private readonly holidays = new Map<string, Holiday>();
  private readonly makeUpWorkdays = new Set<string>();
  private readonly data: readonly YearData[];

  /** Prefer {@link createHolidayCalendar}; the constructor trusts nothing either way. */
  constructor(years: readonly unknown[]) {
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

  /** Whether the data for `date`'s year is provisional (not from a published notice). */
  isProvisional(date: LocalDate): boolean {
    this.assertCovers(date);
    return this.provisionalYears.includes(yearOf(date));
  }

  /** The holiday `date` belongs to, or `undefined` when it is not an official day off. */
  holidayOn(date: LocalDate): Holiday | undefined {
    this.assertCovers(date);
    return this.holidays.get(date);
  }

  isMakeUpWorkday(date: LocalDate): boolean {
    this.assertCovers(date);
    return this.makeUpWorkdays.has(date);
  }

  isWorkingDay(date: LocalDate): boolean {
    this.assertCovers(date);
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
export function createHolidayCalendar(years: readonly YearData[]): HolidayCalendar {
  return new HolidayCalendar(years);
}
