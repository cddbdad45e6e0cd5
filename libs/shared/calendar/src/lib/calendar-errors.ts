/**
 * Thrown when a working-day question touches a year the holiday calendar has no data for.
 * Guessing would treat that year's holidays as working days and produce deadlines that are too
 * early, so the caller must stop (or an administrator must add the year).
 */
export class CalendarYearNotCoveredError extends Error {
  override readonly name = 'CalendarYearNotCoveredError';

  constructor(
    readonly year: number,
    readonly date: string,
    readonly coveredYears: readonly number[],
  ) {
    super(
      `The holiday calendar has no data for ${year} (asked about ${date}); ` +
        `covered years: ${coveredYears.length > 0 ? coveredYears.join(', ') : 'none'}. ` +
        `Add the State Council holiday arrangement for ${year} before computing working days in it.`,
    );
  }
}

/** Year data (shipped or entered by an administrator) that cannot be trusted; lists every problem found. */
export class HolidayDataError extends Error {
  override readonly name = 'HolidayDataError';

  constructor(
    readonly year: number | undefined,
    readonly problems: readonly string[],
  ) {
    super(
      `Invalid holiday data${year === undefined ? '' : ` for ${year}`}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}
