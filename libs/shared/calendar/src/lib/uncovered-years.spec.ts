import { CalendarYearNotCoveredError } from './calendar-errors';
import { shippedChinaHolidayData } from './china-holiday-calendar';
import { dueWithinWorkingDays } from './conventions';
import { createHolidayCalendar, isProvisionalDeadline, missingYears } from './holiday-calendar';
import { LocalDate, parseLocalDate } from './local-date';
import { addWorkingDays, workingDaysBetween } from './working-days';
import { year2028AsEntered as year2028 } from '../testing';

const d = (text: string): LocalDate => parseLocalDate(text);


describe('a deadline in a year without data counts weekdays and is provisional', () => {
  const shipped = createHolidayCalendar(shippedChinaHolidayData, { uncoveredYears: 'weekdays' });

  it('counts Monday to Friday in 2028, and the listed days of 2027 before it', () => {
    // Mon 2027-12-27 … Fri 2027-12-31 are 5 working days; Mon 2028-01-03 … Fri 2028-01-07 five more.
    expect(addWorkingDays(d('2027-12-24'), 10, shipped)).toBe('2028-01-07');
    expect(dueWithinWorkingDays(d('2027-12-24'), 10, shipped)).toBe('2028-01-07');
    expect(workingDaysBetween(d('2027-12-24'), d('2028-01-07'), shipped)).toBe(10);
  });

  it('treats every weekend day of 2028 as a day off and no weekday as a holiday', () => {
    expect(shipped.isWorkingDay(d('2028-01-01'))).toBe(false);
    expect(shipped.isWorkingDay(d('2028-01-03'))).toBe(true);
    expect(shipped.holidayOn(d('2028-01-03'))).toBeUndefined();
    expect(shipped.isMakeUpWorkday(d('2028-01-08'))).toBe(false);
  });

  it('marks the deadline provisional, because 2028 has no data', () => {
    expect(isProvisionalDeadline(d('2027-12-24'), d('2028-01-07'), shipped)).toBe(true);
    expect(shipped.isProvisional(d('2028-01-07'))).toBe(true);
  });

  it('a deadline that stays within years with data is exact', () => {
    expect(isProvisionalDeadline(d('2026-12-01'), d('2026-12-15'), shipped)).toBe(false);
    expect(isProvisionalDeadline(d('2026-12-15'), d('2026-12-01'), shipped)).toBe(false);
  });

  it('a deadline that passes through a year without data is provisional even when it ends in one with data', () => {
    const gap = createHolidayCalendar([year2028], { uncoveredYears: 'weekdays' });
    expect(isProvisionalDeadline(d('2026-06-01'), d('2028-06-01'), gap)).toBe(true);
  });

  it('names the years an administrator should add', () => {
    expect(missingYears(shipped, 2026, 2029)).toEqual([2028, 2029]);
    expect(missingYears(shipped, 2024, 2027)).toEqual([]);
  });
});

describe('adding the year makes the same deadline exact', () => {
  const extended = createHolidayCalendar([...shippedChinaHolidayData, year2028], { uncoveredYears: 'weekdays' });

  it('skips the added holidays and counts the added make-up day', () => {
    // 2028-01-03 is now 元旦 in lieu, and Saturday 2028-01-08 a working day.
    expect(addWorkingDays(d('2027-12-24'), 10, extended)).toBe('2028-01-08');
    expect(isProvisionalDeadline(d('2027-12-24'), d('2028-01-08'), extended)).toBe(false);
    expect(extended.isProvisional(d('2028-01-08'))).toBe(false);
  });
});

describe('a calendar that refuses to guess', () => {
  const strict = createHolidayCalendar(shippedChinaHolidayData);

  it('still throws for a year without data unless built to count weekdays', () => {
    expect(strict.uncoveredYears).toBe('throw');
    expect(() => addWorkingDays(d('2027-12-24'), 10, strict)).toThrow(CalendarYearNotCoveredError);
    const lenient = strict.withUncoveredYears('weekdays');
    expect(addWorkingDays(d('2027-12-24'), 10, lenient)).toBe('2028-01-07');
    expect(lenient.toYearData()).toEqual(strict.toYearData());
    expect(strict.withUncoveredYears('throw')).toBe(strict);
  });
});
