import { type YearData, shippedChinaHolidayData } from '@bastion/calendar';
import type { CalendarYearOrigin } from '@bastion/identity-contracts';

export interface AdministeredYear {
  data: YearData;
  updatedAt: Date;
  updatedBy: string;
}

export interface EffectiveYear {
  data: YearData;
  origin: CalendarYearOrigin;
  administered: AdministeredYear | null;
}

/**
 * The calendar in force: every shipped year, with an administrator's entry in its place where one
 * was made, and the years an administrator added. Removing an entry brings the shipped year back.
 */
export function effectiveYears(
  administered: readonly AdministeredYear[],
  shipped: readonly YearData[] = shippedChinaHolidayData,
): EffectiveYear[] {
  const byYear = new Map<number, EffectiveYear>();
  for (const data of shipped) byYear.set(data.year, { data, origin: 'shipped', administered: null });
  for (const entry of administered) {
    const origin: CalendarYearOrigin = byYear.has(entry.data.year) ? 'overridden' : 'added';
    byYear.set(entry.data.year, { data: entry.data, origin, administered: entry });
  }
  return [...byYear.values()].sort((a, b) => a.data.year - b.data.year);
}

/**
 * Which field a problem of the calendar's validation concerns, for the 400 answer: the list entry
 * it names (`holidays[2]`, `makeUpWorkdays[0]`), else the year as a whole.
 */
export function problemField(problem: string): string {
  const match = /^(holidays\[\d+\]|makeUpWorkdays\[\d+\])/.exec(problem);
  if (match) return match[1]!;
  if (problem.startsWith('"provisional"')) return 'provisional';
  if (problem.startsWith('"source"')) return 'source';
  return 'year';
}
