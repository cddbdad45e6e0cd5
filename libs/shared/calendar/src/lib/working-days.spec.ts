import { CalendarYearNotCoveredError } from './calendar-errors';
import { chinaHolidayCalendar } from './china-holiday-calendar';
import { createHolidayCalendar } from './holiday-calendar';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days';
import { addDays } from './date-arithmetic';
import { LocalDate, parseLocalDate } from './local-date';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('working days under the official holiday calendar', () => {
  it.each([
    // Weekday holidays are days off.
    ['2024-01-01', false, 'New Year 2024, Monday'],
    ['2024-02-12', false, 'Spring Festival 2024, Monday'],
    ['2024-10-07', false, 'National Day 2024, Monday'],
    ['2025-01-28', false, "Lunar New Year's Eve 2025, a statutory holiday under the 2025 rules"],
    ['2025-02-04', false, 'Spring Festival 2025, Tuesday'],
    ['2025-05-02', false, 'Labour Day 2025, the day added by the 2025 rules'],
    ['2025-10-08', false, 'National Day and Mid-Autumn 2025, Wednesday'],
    ['2026-01-02', false, 'New Year 2026, Friday'],
    ['2026-02-16', false, "Lunar New Year's Eve 2026"],
    ['2026-02-23', false, 'Spring Festival 2026, Monday'],
    ['2026-09-25', false, 'Mid-Autumn 2026, Friday'],
    // Make-up weekend days are working days.
    ['2024-02-04', true, 'make-up Sunday 2024'],
    ['2024-02-18', true, 'make-up Sunday 2024'],
    ['2024-05-11', true, 'make-up Saturday 2024'],
    ['2024-09-14', true, 'make-up Saturday 2024'],
    ['2024-10-12', true, 'make-up Saturday 2024'],
    ['2025-01-26', true, 'make-up Sunday 2025'],
    ['2025-02-08', true, 'make-up Saturday 2025'],
    ['2025-10-11', true, 'make-up Saturday 2025'],
    ['2026-01-04', true, 'make-up Sunday 2026'],
    ['2026-02-28', true, 'make-up Saturday 2026'],
    ['2026-09-20', true, 'make-up Sunday 2026'],
    // Ordinary days.
    ['2024-02-09', true, "Lunar New Year's Eve 2024: before 2025 it was not a holiday"],
    ['2024-06-11', true, 'Tuesday after Dragon Boat 2024'],
    ['2025-06-14', false, 'ordinary Saturday'],
    ['2025-06-15', false, 'ordinary Sunday'],
    ['2025-06-16', true, 'ordinary Monday'],
    ['2026-12-31', true, 'ordinary Thursday'],
    // 2027 is provisional: statutory days only.
    ['2027-02-05', false, "Lunar New Year's Eve 2027 (provisional year)"],
    ['2027-02-08', false, 'Spring Festival 2027, Monday (provisional year)'],
    ['2027-06-09', false, 'Dragon Boat 2027 (provisional year)'],
  ])('%s working: %p — %s', (date, working) => {
    expect(isWorkingDay(d(date))).toBe(working);
  });
});

describe('adding working days: the start day is never counted', () => {
  it.each([
    // Spring Festival 2025: 28 Jan – 4 Feb off, Sunday 26 Jan and Saturday 8 Feb worked.
    ['2025-01-24', 1, '2025-01-26', 'Friday → the make-up Sunday'],
    ['2025-01-26', 1, '2025-01-27', 'make-up Sunday → Monday'],
    ['2025-01-27', 1, '2025-02-05', 'the whole 8-day holiday is skipped'],
    ['2025-01-27', 5, '2025-02-10', 'the make-up Saturday 8 Feb counts, Sunday 9 Feb does not'],
    ['2025-01-24', 10, '2025-02-13', 'across the whole holiday'],
    ['2025-01-29', 1, '2025-02-05', 'starting on a holiday counts from the first working day after it'],
    // National Day 2024: 1–7 Oct off, Sunday 29 Sep and Saturday 12 Oct worked.
    ['2024-09-27', 1, '2024-09-29', 'Friday → the make-up Sunday'],
    ['2024-09-29', 1, '2024-09-30', 'make-up Sunday → Monday'],
    ['2024-09-30', 1, '2024-10-08', 'the 7 days of National Day are skipped'],
    ['2024-09-30', 5, '2024-10-12', 'the fifth is the make-up Saturday'],
    ['2024-09-30', 6, '2024-10-14', 'then the Sunday is skipped'],
    ['2024-09-13', 1, '2024-09-14', 'Mid-Autumn 2024 make-up Saturday'],
    ['2024-09-14', 1, '2024-09-18', 'Mid-Autumn 2024, 15–17 Sep off'],
    // National Day 2026: 1–7 Oct off, Sunday 20 Sep and Saturday 10 Oct worked; Mid-Autumn 25–27 Sep.
    ['2026-09-18', 1, '2026-09-20', 'Friday → the make-up Sunday'],
    ['2026-09-24', 1, '2026-09-28', 'Mid-Autumn 2026, Friday to Sunday off'],
    ['2026-09-30', 1, '2026-10-08', 'National Day 2026 across the week'],
    ['2026-09-30', 3, '2026-10-10', 'the make-up Saturday counts'],
    // Spring Festival 2026: 15–23 Feb off, Saturdays 14 and 28 Feb worked.
    ['2026-02-13', 1, '2026-02-14', 'Friday → the make-up Saturday'],
    ['2026-02-14', 1, '2026-02-24', 'the 9 days are skipped'],
    ['2026-02-14', 2, '2026-02-25', ''],
    ['2026-02-27', 1, '2026-02-28', 'Friday → the make-up Saturday'],
    // Starting on a weekend or holiday.
    ['2025-06-14', 1, '2025-06-16', 'from an ordinary Saturday'],
    ['2025-06-15', 1, '2025-06-16', 'from an ordinary Sunday'],
    ['2024-06-07', 1, '2024-06-11', 'weekend then Dragon Boat Monday 2024'],
    ['2025-05-30', 1, '2025-06-03', 'Dragon Boat 2025, Saturday to Monday'],
    ['2026-06-18', 1, '2026-06-22', 'Dragon Boat 2026, Friday to Sunday'],
    ['2024-04-03', 1, '2024-04-07', 'Qingming 2024 then its make-up Sunday'],
    ['2024-04-03', 2, '2024-04-08', ''],
    ['2025-04-25', 1, '2025-04-27', 'the make-up Sunday before Labour Day 2025'],
    ['2026-05-08', 1, '2026-05-09', 'the make-up Saturday after Labour Day 2026'],
    ['2026-05-08', 2, '2026-05-11', ''],
    ['2024-02-08', 1, '2024-02-09', "Lunar New Year's Eve 2024 was worked"],
    ['2024-02-09', 1, '2024-02-18', 'Spring Festival 2024 then the make-up Sunday'],
    // Year ends.
    ['2024-12-31', 1, '2025-01-02', 'New Year 2025 is skipped'],
    ['2025-12-31', 1, '2026-01-04', 'New Year 2026 holiday, then its make-up Sunday'],
    ['2025-12-31', 2, '2026-01-05', ''],
    ['2026-12-31', 1, '2027-01-04', 'into the provisional year'],
    ['2024-01-02', 20, '2024-01-30', 'an ordinary January'],
    // Zero.
    ['2025-01-29', 0, '2025-01-29', 'zero working days leaves the date alone, even on a holiday'],
  ])('%s + %i working days = %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(d(start), n)).toBe(expected);
  });

  it.each([
    ['2025-02-05', -1, '2025-01-27', 'back over Spring Festival 2025'],
    ['2025-02-05', -2, '2025-01-26', 'the make-up Sunday counts backwards too'],
    ['2025-02-05', -3, '2025-01-24', ''],
    ['2025-10-09', -1, '2025-09-30', 'back over National Day 2025'],
    ['2025-10-09', -3, '2025-09-28', ''],
    ['2026-01-05', -1, '2026-01-04', 'the make-up Sunday'],
    ['2026-01-05', -2, '2025-12-31', 'back across the year end'],
    ['2025-01-02', -1, '2024-12-31', ''],
    ['2025-06-03', -1, '2025-05-30', ''],
    ['2024-10-12', -1, '2024-10-11', 'from a make-up Saturday'],
    ['2024-10-12', -2, '2024-10-10', ''],
  ])('%s − %i working days = %s (%s)', (start, n, expected) => {
    expect(addWorkingDays(d(start), n)).toBe(expected);
  });

  it('refuses fractional counts', () => {
    expect(() => addWorkingDays(d('2025-06-16'), 1.5)).toThrow(RangeError);
  });
});

describe('next and previous working day', () => {
  it.each([
    ['2025-01-27', '2025-02-05', '2025-01-26'],
    ['2024-09-30', '2024-10-08', '2024-09-29'],
    ['2026-10-01', '2026-10-08', '2026-09-30'],
    ['2025-06-16', '2025-06-17', '2025-06-13'],
    ['2025-06-14', '2025-06-16', '2025-06-13'],
  ])('after %s comes %s; before it came %s', (date, next, previous) => {
    expect(nextWorkingDay(d(date))).toBe(next);
    expect(previousWorkingDay(d(date))).toBe(previous);
  });
});

describe('counting working days after `from` up to and including `to`', () => {
  it.each([
    ['2025-06-16', '2025-06-16', 0],
    ['2025-01-27', '2025-02-05', 1],
    ['2025-01-24', '2025-02-10', 7],
    ['2025-09-26', '2025-10-10', 5],
    ['2024-09-30', '2024-10-31', 19],
    ['2026-09-18', '2026-10-10', 11],
    ['2026-02-13', '2026-03-02', 7],
    ['2024-01-31', '2024-02-29', 18],
    ['2025-06-14', '2025-06-15', 0],
  ])('from %s to %s: %i', (from, to, count) => {
    expect(workingDaysBetween(d(from), d(to))).toBe(count);
    expect(workingDaysBetween(d(to), d(from))).toBe(0 - count);
  });

  it.each([
    // Cross-check with the notices: weekdays − weekday days off + make-up days.
    [2024, 262 - 19 + 8],
    [2025, 261 - 18 + 5],
    [2026, 261 - 19 + 6],
    [2027, 261 - 7 + 0],
  ])('%i has %i working days', (year, count) => {
    expect(workingDaysBetween(d(`${year - 1}-12-31`), d(`${year}-12-31`))).toBe(count);
  });

  it('undoes addWorkingDays for every start day of 2024–2026 and n = 0…15', () => {
    const wrong: string[] = [];
    for (let start = d('2024-01-01'); start <= '2026-12-31'; start = addDays(start, 1)) {
      for (let n = 0; n <= 15; n += 1) {
        const due = addWorkingDays(start, n);
        if (workingDaysBetween(start, due) !== n) wrong.push(`${start} + ${n}`);
        if (n > 0 && !isWorkingDay(due)) wrong.push(`${start} + ${n} landed on a day off`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('working-day arithmetic stops at years without data', () => {
  it.each([
    ['isWorkingDay before 2024', () => isWorkingDay(d('2023-12-29')), 2023],
    ['isWorkingDay after 2027', () => isWorkingDay(d('2028-01-03')), 2028],
    ['adding past the last covered year', () => addWorkingDays(d('2027-12-31'), 1), 2028],
    ['going back past the first covered year', () => addWorkingDays(d('2024-01-02'), -1), 2023],
    ['counting into an uncovered year', () => workingDaysBetween(d('2027-12-01'), d('2028-01-31')), 2028],
    ['next working day after the end of 2027', () => nextWorkingDay(d('2027-12-31')), 2028],
  ])('%s throws for %i', (_what, ask, year) => {
    expect(ask).toThrow(CalendarYearNotCoveredError);
    expect(ask).toThrow(`no data for ${year}`);
  });

  it('but a start day in an uncovered year is fine, since it is not counted', () => {
    expect(addWorkingDays(d('2023-12-31'), 1)).toBe('2024-01-02');
  });

  it('uses the calendar it is given instead of the shipped one', () => {
    const noHolidays2025 = createHolidayCalendar([{ year: 2025, holidays: [], makeUpWorkdays: [] }]);
    expect(isWorkingDay(d('2025-01-28'), noHolidays2025)).toBe(true);
    expect(isWorkingDay(d('2025-01-28'), chinaHolidayCalendar)).toBe(false);
    expect(addWorkingDays(d('2025-01-27'), 1, noHolidays2025)).toBe('2025-01-28');
    expect(nextWorkingDay(d('2025-01-26'), noHolidays2025)).toBe('2025-01-27');
    expect(previousWorkingDay(d('2025-01-27'), noHolidays2025)).toBe('2025-01-24');
    expect(workingDaysBetween(d('2025-01-27'), d('2025-02-05'), noHolidays2025)).toBe(7);
  });
});
