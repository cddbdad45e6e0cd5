import { HolidayDataError } from './calendar-errors';
import { dayOfWeek, isWeekend } from './day-of-week';
import { MAX_YEAR, MIN_YEAR } from './gregorian';
import { InvalidLocalDateError, LocalDate, localDateFromParts, parseLocalDate } from './local-date';

/** One non-working day of an official holiday period. */
export interface HolidayEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Chinese name as in the notice, e.g. `春节`. */
  readonly name: string;
  readonly nameEn: string;
}

/**
 * One year's official arrangement, as plain JSON so that an administrator can add a year as data
 * without a release. `holidays` lists every day off of each holiday period, weekend days
 * included, so that each festival's count equals the notice's "共N天"; `makeUpWorkdays` lists the
 * weekend days the notice declares working days (调休上班).
 */
export interface YearData {
  readonly year: number;
  readonly holidays: readonly HolidayEntry[];
  readonly makeUpWorkdays: readonly string[];
  /**
   * True when the year was not transcribed from a published notice: the calendar still answers
   * for it, and callers can warn that deadlines in that year may move.
   */
  readonly provisional?: boolean;
  /** Where the facts come from, e.g. the notice's title and number. */
  readonly source?: string;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Checks untrusted year data and returns a normalised copy, or throws {@link HolidayDataError}
 * listing every problem. Dates must fall in the year itself or in the month across either year
 * end, because a notice sometimes joins 31 December or 1 January of the neighbouring year to a
 * holiday period (the 2023 notice's New Year holiday began on 31 Dec 2022).
 */
export function validateYearData(input: unknown): YearData {
  const problems: string[] = [];
  if (!isRecord(input)) throw new HolidayDataError(undefined, ['year data must be an object']);

  const year = input['year'];
  const validYear =
    typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR + 1 && year <= MAX_YEAR - 1;
  if (!validYear)
    problems.push(
      `"year" must be a whole number from ${MIN_YEAR + 1} to ${MAX_YEAR - 1}, got ${String(year)}`,
    );
  const reportedYear = validYear ? year : undefined;

  let earliest: LocalDate | undefined;
  let latest: LocalDate | undefined;
  if (validYear) {
    earliest = localDateFromParts(year - 1, 12, 1);
    latest = localDateFromParts(year + 1, 1, 31);
  }

  const seen = new Map<string, string>();
  const readDate = (value: unknown, where: string): LocalDate | undefined => {
    let date: LocalDate;
    try {
      date = parseLocalDate(value as string);
    } catch (error) {
      if (!(error instanceof InvalidLocalDateError)) throw error;
      problems.push(`${where}: ${error.message}`);
      return undefined;
    }
    if (earliest !== undefined && latest !== undefined && (date < earliest || date > latest)) {
      problems.push(`${where}: ${date} lies outside ${String(year)} and the month across either year end`);
    }
    const previous = seen.get(date);
    if (previous !== undefined) problems.push(`${where}: ${date} is listed twice (also as ${previous})`);
    else seen.set(date, where);
    return date;
  };

  /** Checks each entry of a list field, naming it by its place (`holidays[3]`). */
  const eachEntry = (
    field: 'holidays' | 'makeUpWorkdays',
    check: (entry: unknown, where: string) => void,
  ) => {
    const entries = input[field];
    if (!Array.isArray(entries)) problems.push(`"${field}" must be an array`);
    else entries.forEach((entry: unknown, index) => check(entry, `${field}[${index}]`));
  };

  const holidays: HolidayEntry[] = [];
  eachEntry('holidays', (entry, where) => {
    if (!isRecord(entry)) {
      problems.push(`${where} must be an object { date, name, nameEn }`);
      return;
    }
    const date = readDate(entry['date'], where);
    const { name, nameEn } = entry;
    if (!isNonEmptyString(name))
      problems.push(`${where}: "name" (Chinese festival name) must be a non-empty string`);
    if (!isNonEmptyString(nameEn))
      problems.push(`${where}: "nameEn" (English festival name) must be a non-empty string`);
    if (date !== undefined && isNonEmptyString(name) && isNonEmptyString(nameEn)) {
      holidays.push({ date, name, nameEn });
    }
  });

  const makeUpWorkdays: LocalDate[] = [];
  eachEntry('makeUpWorkdays', (value, where) => {
    const date = readDate(value, where);
    if (date === undefined) return;
    // A weekday is a working day anyway; listing one means the notice was mistyped.
    if (!isWeekend(date)) {
      problems.push(
        `${where}: ${date} is a ${WEEKDAY_NAMES[dayOfWeek(date)]}; make-up working days fall on a Saturday or Sunday`,
      );
    }
    makeUpWorkdays.push(date);
  });

  const provisional = input['provisional'];
  if (provisional !== undefined && typeof provisional !== 'boolean')
    problems.push('"provisional" must be true or false when given');
  const source = input['source'];
  if (source !== undefined && typeof source !== 'string')
    problems.push('"source" must be a string when given');

  if (problems.length > 0 || !validYear) throw new HolidayDataError(reportedYear, problems);

  const byDate = (a: { date: string }, b: { date: string }) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return {
    year,
    holidays: holidays.sort(byDate),
    makeUpWorkdays: makeUpWorkdays.sort(),
    ...(provisional === true ? { provisional } : {}),
    ...(typeof source === 'string' ? { source } : {}),
  };
}
