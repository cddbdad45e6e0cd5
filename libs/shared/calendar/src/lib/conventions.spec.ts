import { createHolidayCalendar } from './holiday-calendar';
import {
  daysUntilDue,
  dueWithinDays,
  dueWithinMonths,
  dueWithinWorkingDays,
  dueWithinYears,
  earliestAfterDays,
  earliestAfterMonths,
  earliestAfterYears,
  isOnTime,
  isOverdue,
  isOverdueAt,
  isTooEarly,
} from './conventions';
import { CalendarYearNotCoveredError } from './calendar-errors';
import { LocalDate, parseLocalDate } from './local-date';
import { shanghaiDateOf } from './shanghai-time';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('"within N months": the due date is addMonths(start, N), and that day is still on time', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28', 'talk within 1 month of an application received on 31 January'],
    ['2024-01-31', 1, '2024-02-29', 'the same in a leap year'],
    ['2025-03-15', 1, '2025-04-15', 'an ordinary month'],
    ['2025-03-31', 1, '2025-04-30', '31 March → 30 April'],
    ['2025-11-30', 3, '2026-02-28', 'approval within 3 months, across the year end'],
    ['2023-11-30', 3, '2024-02-29', 'approval within 3 months, into a leap February'],
    ['2024-08-31', 6, '2025-02-28', 'approval in special cases within 6 months'],
    ['2025-01-28', 1, '2025-02-28', 'a due date inside a holiday does not move'],
    ['2025-06-15', 0, '2025-06-15', 'zero months: due the same day'],
  ])('from %s, %i month(s): due %s — %s', (start, n, due) => {
    expect(dueWithinMonths(d(start), n)).toBe(due);
    expect(isOverdue(d(due), d(due))).toBe(false);
  });

  it('a month deadline landing on a weekend or a holiday stays there', () => {
    expect(dueWithinMonths(d('2024-12-28'), 1)).toBe('2025-01-28'); // Lunar New Year's Eve 2025
    expect(dueWithinMonths(d('2025-05-31'), 1)).toBe('2025-06-30');
    expect(dueWithinMonths(d('2025-09-01'), 1)).toBe('2025-10-01'); // National Day
  });
});

describe('"within N working days": the N-th working day after the start, the start not counted', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10', 'a 5-working-day public notice across National Day 2025'],
    ['2025-01-27', 1, '2025-02-05', 'one working day across Spring Festival 2025'],
    ['2024-09-30', 5, '2024-10-12', 'the fifth working day is the make-up Saturday'],
    ['2025-06-16', 1, '2025-06-17', 'a working day start is not counted either'],
    ['2025-06-14', 1, '2025-06-16', 'a Saturday start: Monday is day 1'],
    ['2025-01-29', 3, '2025-02-07', 'a holiday start: counting begins after the holiday'],
    ['2025-06-16', 0, '2025-06-16', 'zero working days: due the same day'],
  ])('from %s, %i working day(s): due %s — %s', (start, n, due) => {
    expect(dueWithinWorkingDays(d(start), n)).toBe(due);
  });

  it('uses the calendar it is given', () => {
    const plain2025 = createHolidayCalendar([{ year: 2025, holidays: [], makeUpWorkdays: [] }]);
    expect(dueWithinWorkingDays(d('2025-09-26'), 5, plain2025)).toBe('2025-10-03');
  });

  it('refuses to compute a deadline in a year without holiday data', () => {
    expect(() => dueWithinWorkingDays(d('2027-12-24'), 10)).toThrow(CalendarYearNotCoveredError);
  });
});

describe('"within N days" and "within N years"', () => {
  it.each([
    ['2025-01-31', 30, '2025-03-02'],
    ['2024-12-25', 7, '2025-01-01'],
    ['2025-06-16', 0, '2025-06-16'],
  ])('from %s, %i day(s): due %s', (start, n, due) => {
    expect(dueWithinDays(d(start), n)).toBe(due);
  });

  it.each([
    ['2024-03-10', 1, '2025-03-10'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('from %s, %i year(s): due %s', (start, n, due) => {
    expect(dueWithinYears(d(start), n)).toBe(due);
  });
});

describe('"at least N after": the first allowed date is the shifted date itself', () => {
  it.each([
    ['2024-03-10', 12, '2025-03-10', 'candidate at least 1 year after becoming an activist'],
    ['2024-02-29', 12, '2025-02-28', 'from a leap day'],
    ['2025-08-31', 6, '2026-02-28', 'clamped to the month end'],
    ['2025-01-31', 2, '2025-03-31', 'not clamped when the day exists'],
  ])('from %s, at least %i months: first allowed %s — %s', (start, n, earliest) => {
    expect(earliestAfterMonths(d(start), n)).toBe(earliest);
    expect(isTooEarly(d(earliest), d(earliest))).toBe(false);
  });

  it('years and days follow the same rule', () => {
    expect(earliestAfterYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(earliestAfterYears(d('2024-03-10'), 1)).toBe(earliestAfterMonths(d('2024-03-10'), 12));
    expect(earliestAfterDays(d('2025-12-30'), 3)).toBe('2026-01-02');
  });

  it.each([
    ['2025-03-09', '2025-03-10', true],
    ['2025-03-10', '2025-03-10', false],
    ['2025-03-11', '2025-03-10', false],
  ])('on %s with first allowed date %s, too early: %p', (on, earliest, early) => {
    expect(isTooEarly(d(on), d(earliest))).toBe(early);
  });
});

describe('overdue means today is after the due date', () => {
  it.each([
    ['2025-02-28', '2025-02-27', false, 1],
    ['2025-02-28', '2025-02-28', false, 0],
    ['2025-02-28', '2025-03-01', true, -1],
    ['2025-12-31', '2026-01-01', true, -1],
    ['2024-02-29', '2025-02-28', true, -365],
    ['2025-02-28', '2024-02-28', false, 366],
  ])('due %s, today %s: overdue %p, %i day(s) left', (due, today, overdue, left) => {
    expect(isOverdue(d(due), d(today))).toBe(overdue);
    expect(daysUntilDue(d(due), d(today))).toBe(left);
  });

  it.each([
    ['2025-02-28', '2025-02-28', true],
    ['2025-02-27', '2025-02-28', true],
    ['2025-03-01', '2025-02-28', false],
  ])('done on %s with due date %s: on time %p', (doneOn, due, onTime) => {
    expect(isOnTime(d(doneOn), d(due))).toBe(onTime);
  });

  it('a due date long past (records migrated from paper) is overdue at once', () => {
    const due = dueWithinMonths(d('2019-05-20'), 1);
    expect(isOverdue(due, d('2025-06-16'))).toBe(true);
  });
});

describe('in instants: overdue from 00:00 Shanghai time on the day after the due date', () => {
  it.each([
    ['2025-02-28', '2025-02-28T15:59:59.999Z', false],
    ['2025-02-28', '2025-02-28T16:00:00.000Z', true],
    ['2025-02-28', '2025-02-28T23:59:59+08:00', false],
    ['2025-02-28', '2025-03-01T00:00:00+08:00', true],
    ['2024-12-31', '2024-12-31T15:59:59Z', false],
    ['2024-12-31', '2024-12-31T16:00:00Z', true],
    ['2025-01-01', '2025-01-01T15:59:59Z', false],
    ['2025-01-01', '2025-01-01T16:00:00Z', true],
  ])('due %s, at %s: overdue %p', (due, now, overdue) => {
    expect(isOverdueAt(d(due), new Date(now))).toBe(overdue);
    expect(isOverdue(d(due), shanghaiDateOf(new Date(now)))).toBe(overdue);
  });

  it('refuses an invalid instant', () => {
    expect(() => isOverdueAt(d('2025-01-01'), new Date('nope'))).toThrow(RangeError);
  });
});

describe('counts must be whole and non-negative', () => {
  it.each([
    ['dueWithinDays', () => dueWithinDays(d('2025-01-01'), -1)],
    ['dueWithinMonths', () => dueWithinMonths(d('2025-01-01'), -1)],
    ['dueWithinYears', () => dueWithinYears(d('2025-01-01'), -1)],
    ['dueWithinWorkingDays', () => dueWithinWorkingDays(d('2025-01-01'), -1)],
    ['earliestAfterDays', () => earliestAfterDays(d('2025-01-01'), -1)],
    ['earliestAfterMonths', () => earliestAfterMonths(d('2025-01-01'), 0.5)],
    ['earliestAfterYears', () => earliestAfterYears(d('2025-01-01'), Number.NaN)],
  ])('%s refuses a bad count', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
