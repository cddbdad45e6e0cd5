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
 * holidays of the latest year with holiday data, when a five-working-day notice or a deadline runs
 * across a week off, and the first working days of the year after it, which has no data yet, so
 * dates before today are on the calendar and dates after it are counted on weekdays alone.
 */
export function datedRunDays(shipped: readonly YearData[]): DatedRun[] {
  const latest = [...shipped].sort((a, b) => a.year - b.year).at(-1);
  if (!latest) throw new Error('No holiday data is shipped');
  return [
    { label: `eve of Spring Festival ${latest.year}`, today: addDays(firstDayOf(latest, 'Spring Festival'), -1) },
    { label: `eve of National Day ${latest.year}`, today: addDays(firstDayOf(latest, 'National Day'), -1) },
    { label: `${latest.year + 1}, a year without holiday data`, today: parseLocalDate(`${latest.year + 1}-01-04`) },
  ];
}
