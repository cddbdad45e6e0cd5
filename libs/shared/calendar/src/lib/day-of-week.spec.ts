import { addDays } from './date-arithmetic';
import { DayOfWeek, dayOfWeek, isWeekend } from './day-of-week';
import { LocalDate, parseLocalDate } from './local-date';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('day of the week (ISO: Monday 1 … Sunday 7)', () => {
  it.each([
    ['1970-01-01', DayOfWeek.Thursday],
    ['2000-01-01', DayOfWeek.Saturday],
    ['2024-01-01', DayOfWeek.Monday],
    ['2024-02-29', DayOfWeek.Thursday],
    ['2025-01-01', DayOfWeek.Wednesday],
    ['2025-01-29', DayOfWeek.Wednesday],
    ['2026-02-17', DayOfWeek.Tuesday],
    ['2027-02-06', DayOfWeek.Saturday],
    ['2024-10-01', DayOfWeek.Tuesday],
    ['2026-10-01', DayOfWeek.Thursday],
    ['2025-12-31', DayOfWeek.Wednesday],
    ['2100-02-28', DayOfWeek.Sunday],
    ['2100-03-01', DayOfWeek.Monday],
    ['0001-01-01', DayOfWeek.Monday],
    ['9999-12-31', DayOfWeek.Friday],
  ])('%s is day %i', (date, weekday) => {
    expect(dayOfWeek(d(date))).toBe(weekday);
  });

  it('agrees with the platform UTC weekday for every day of 1990–2110', () => {
    const wrong: string[] = [];
    for (let date = d('1990-01-01'); date <= '2110-12-31'; date = addDays(date, 1)) {
      const reference = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
      if (dayOfWeek(date) !== reference) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2025-06-14', true],
    ['2025-06-15', true],
    ['2025-06-16', false],
    ['2025-06-20', false],
    ['2024-10-12', true], // a make-up working Saturday is still a Saturday
    ['2025-01-01', false], // a weekday holiday is still a weekday
  ])('%s is a weekend day: %p', (date, weekend) => {
    expect(isWeekend(d(date))).toBe(weekend);
  });
});
