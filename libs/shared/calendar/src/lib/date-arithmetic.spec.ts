import { addDays, addMonths, addYears, daysBetween } from './date-arithmetic';
import { LocalDate, parseLocalDate } from './local-date';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('"N months" is a calendar-month shift that keeps the day, clamped to the month end', () => {
  it.each([
    // Month ends: the day is kept when it exists and clamped when it does not.
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['1900-01-31', 1, '1900-02-28'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-01-29', 1, '2025-02-28'],
    ['2024-01-29', 1, '2024-02-29'],
    ['2025-01-28', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-03-31', 2, '2025-05-31'],
    // A short month does not shorten later ones: only the target month clamps.
    ['2025-02-28', 1, '2025-03-28'],
    ['2024-02-29', 1, '2024-03-29'],
    ['2025-11-30', 1, '2025-12-30'],
    // Year rollover.
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-12-31', 13, '2027-01-31'],
    ['2025-10-15', 3, '2026-01-15'],
    ['2099-12-31', 2, '2100-02-28'],
    // Leap day forward by whole years.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    // Zero months.
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-01-31', 0, '2025-01-31'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(d(start), months)).toBe(expected);
  });

  it.each([
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2100-03-31', -1, '2100-02-28'],
    ['2000-03-31', -1, '2000-02-29'],
    ['2025-05-31', -1, '2025-04-30'],
    ['2025-01-31', -1, '2024-12-31'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-01-31', -2, '2024-11-30'],
    ['2025-01-01', -1, '2024-12-01'],
    ['2025-01-01', -12, '2024-01-01'],
    ['2025-01-01', -25, '2022-12-01'],
    ['2025-02-28', -12, '2024-02-28'],
    ['2025-03-31', -13, '2024-02-29'],
    ['2024-02-29', -12, '2023-02-28'],
  ])('%s − %i months = %s (negative shifts clamp the same way)', (start, months, expected) => {
    expect(addMonths(d(start), months)).toBe(expected);
  });

  it('is not reversible once it has clamped: 31 Jan + 1 − 1 = 28 Jan', () => {
    expect(addMonths(addMonths(d('2025-01-31'), 1), -1)).toBe('2025-01-28');
  });

  it('never changes the day except by clamping, for every start day in 2023–2025 and shifts −25…25', () => {
    const wrong: string[] = [];
    for (let start = d('2023-01-01'); start <= '2025-12-31'; start = addDays(start, 1)) {
      for (let n = -25; n <= 25; n += 1) {
        const result = addMonths(start, n);
        const [sy, sm, sd] = start.split('-').map(Number);
        const [ry, rm, rd] = result.split('-').map(Number);
        const monthsMoved = (ry - sy) * 12 + (rm - sm);
        const lastDayOfTarget = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        if (monthsMoved !== n || rd !== Math.min(sd, lastDayOfTarget))
          wrong.push(`${start} + ${n} = ${result}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('"N years" is 12·N months, so a leap day falls back to 28 February', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -4, '2020-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2096-02-29', 4, '2100-02-28'],
    ['1996-02-29', 4, '2000-02-29'],
    ['2025-06-30', 1, '2026-06-30'],
    ['2025-12-31', 1, '2026-12-31'],
    ['2025-01-01', -1, '2024-01-01'],
  ])('%s + %i years = %s', (start, years, expected) => {
    expect(addYears(d(start), years)).toBe(expected);
  });
});

describe('adding days', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2025-12-31', -365, '2024-12-31'],
    ['2024-12-31', -366, '2023-12-31'],
    ['2025-01-31', 30, '2025-03-02'],
    ['2025-06-15', 0, '2025-06-15'],
    ['1970-01-01', -1, '1969-12-31'],
    ['9999-12-30', 1, '9999-12-31'],
    ['0001-01-02', -1, '0001-01-01'],
  ])('%s + %i days = %s', (start, days, expected) => {
    expect(addDays(d(start), days)).toBe(expected);
  });
});

describe('days between two dates is `to − from`', () => {
  it.each([
    ['2025-06-15', '2025-06-15', 0],
    ['2024-12-31', '2025-01-01', 1],
    ['2025-03-01', '2025-02-28', -1],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2100-01-01', '2101-01-01', 365],
    ['2000-01-01', '2001-01-01', 366],
    ['1970-01-01', '2000-01-01', 10957],
    ['2000-01-01', '2100-01-01', 36525],
    ['2000-01-01', '2400-01-01', 146097],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(d(from), d(to))).toBe(days);
    expect(daysBetween(d(to), d(from))).toBe(0 - days);
    expect(addDays(d(from), days)).toBe(to);
  });
});

describe('arithmetic refuses what it cannot do exactly', () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('a count of %p', (n) => {
    expect(() => addDays(d('2025-01-01'), n)).toThrow(RangeError);
    expect(() => addMonths(d('2025-01-01'), n)).toThrow(RangeError);
    expect(() => addYears(d('2025-01-01'), n)).toThrow(RangeError);
  });

  it.each([
    () => addDays(d('9999-12-31'), 1),
    () => addDays(d('0001-01-01'), -1),
    () => addMonths(d('9999-12-31'), 1),
    () => addMonths(d('0001-01-31'), -1),
    () => addYears(d('9999-01-01'), 1),
  ])('leaving years 0001–9999 (case %#)', (shift) => {
    expect(shift).toThrow(RangeError);
  });
});
