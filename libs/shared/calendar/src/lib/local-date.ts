import {
  CivilDate,
  MAX_YEAR,
  MIN_YEAR,
  civilFromEpochDay,
  daysInMonth,
  epochDayFromCivil,
} from './gregorian';

declare const localDateBrand: unique symbol;

/**
 * A business date with no time and no zone: `YYYY-MM-DD`, years 0001–9999.
 *
 * Branded so that an unchecked string cannot reach the arithmetic: obtain one from
 * {@link parseLocalDate}, {@link localDateFromParts} or {@link shanghaiDateOf}. Being a string, it
 * serialises as itself (JSON, Temporal payloads, database `date` columns), and two values compare
 * chronologically with plain `<` / `===` because the format is fixed-width.
 */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

export class InvalidLocalDateError extends Error {
  override readonly name = 'InvalidLocalDateError';

  constructor(
    readonly input: unknown,
    reason: string,
  ) {
    super(`Invalid date ${describe(input)}: ${reason}. Expected an existing calendar date as YYYY-MM-DD.`);
  }
}

function describe(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : String(input);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function check(input: unknown): string | undefined {
  if (typeof input !== 'string') return `expected a string, got ${input === null ? 'null' : typeof input}`;
  const match = ISO_DATE.exec(input);
  if (!match) return 'not in the form YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR) return 'year 0000 does not exist';
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) return `${match[1]}-${match[2]} has days 01 to ${lastDay}`;
  return undefined;
}

/** Accepts exactly `YYYY-MM-DD` naming a day that exists; throws {@link InvalidLocalDateError} otherwise. */
export function parseLocalDate(input: string): LocalDate {
  const problem = check(input);
  if (problem !== undefined) throw new InvalidLocalDateError(input, problem);
  return input as LocalDate;
}

export function isLocalDate(input: unknown): input is LocalDate {
  return check(input) === undefined;
}

/** `month` is 1–12. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  const parts = `${year}-${month}-${day}`;
  if (![year, month, day].every(Number.isInteger)) {
    throw new InvalidLocalDateError(parts, 'year, month and day must be whole numbers');
  }
  if (year < MIN_YEAR || year > MAX_YEAR) throw new InvalidLocalDateError(parts, 'year must be 0001–9999');
  if (month < 1 || month > 12) throw new InvalidLocalDateError(parts, `month ${month} does not exist`);
  if (day < 1 || day > 99) throw new InvalidLocalDateError(parts, `day ${day} does not exist`);
  return parseLocalDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function localDateParts(date: LocalDate): CivilDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Days since 1970-01-01. */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return epochDayFromCivil(year, month, day);
}

const FIRST_EPOCH_DAY = epochDayFromCivil(MIN_YEAR, 1, 1);
const LAST_EPOCH_DAY = epochDayFromCivil(MAX_YEAR, 12, 31);

export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay) || epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
    throw new RangeError(`Date arithmetic left the supported range 0001-01-01 to 9999-12-31.`);
  }
  const { year, month, day } = civilFromEpochDay(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}
