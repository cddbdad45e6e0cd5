import { addDays, parseLocalDate, type LocalDate, type YearData } from '@bastion/calendar';

export interface DatedRun {
  label: string;
  today: LocalDate;
}

/** The first day of the holiday named `nameEn` in a year's data. */
function firstDayOf(year: YearData, nameEn: string): LocalDate {
  const days = year.holidays.filter((h) => h.nameEn === nameEn).map((h) => h.date).sort();
  if (!days[0]) throw new Error(`The ${year.year} holiday data has no ${nameEn}`);
  return parseLocalDate(days[0]);
}

/**
 * The days the date-sensitive suites are run as if they were today: the eves of the two long
 * holidays of the latest year whose arrangement is published (not provisional), when a
 * five-working-day notice or a deadline runs across a week off, and the first working days of the
 * year after the last shipped one, which has no data yet, so dates before today are on the
 * calendar and dates after it are counted on weekdays alone.
 */
export function datedRunDays(shipped: readonly YearData[]): DatedRun[] {
  const years = [...shipped].sort((a, b) => a.year - b.year);
  const published = years.filter((y) => y.provisional !== true).at(-1);
  const last = years.at(-1);
  if (!published || !last) throw new Error('No published holiday data is shipped');
  return [
    { label: `eve of Spring Festival ${published.year}`, today: addDays(firstDayOf(published, 'Spring Festival'), -1) },
    { label: `eve of National Day ${published.year}`, today: addDays(firstDayOf(published, 'National Day'), -1) },
    { label: `${last.year + 1}, a year without holiday data`, today: parseLocalDate(`${last.year + 1}-01-04`) },
  ];
}
