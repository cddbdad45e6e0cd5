import { civilFromEpochDay, daysInMonth, epochDayFromCivil, isLeapYear } from './gregorian';

describe('leap years: every 4th year, except centuries, except every 400th year', () => {
  it.each([
    [2024, true],
    [2028, true],
    [1996, true],
    [2000, true],
    [2400, true],
    [4, true],
    [2025, false],
    [2026, false],
    [2027, false],
    [2100, false],
    [1900, false],
    [2200, false],
    [2300, false],
    [1, false],
  ])('%i leap: %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('days in a month', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2025, 1, 31],
    [2025, 3, 31],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 7, 31],
    [2025, 8, 31],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([0, 13, 1.5])('month %p does not exist', (month) => {
    expect(() => daysInMonth(2025, month)).toThrow(RangeError);
  });
});

describe('day numbering from 1970-01-01', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2000, 1, 1, 10957],
    [2000, 3, 1, 11017],
    [1, 1, 1, -719162],
  ])('%i-%i-%i is day %i', (year, month, day, epochDay) => {
    expect(epochDayFromCivil(year, month, day)).toBe(epochDay);
    expect(civilFromEpochDay(epochDay)).toEqual({ year, month, day });
  });

  it('agrees with the platform UTC calendar for every day from 1899 to 2101', () => {
    const mismatches: string[] = [];
    const first = epochDayFromCivil(1899, 1, 1);
    const last = epochDayFromCivil(2101, 12, 31);
    for (let day = first; day <= last; day += 1) {
      const reference = new Date(day * 86_400_000);
      const expected = {
        year: reference.getUTCFullYear(),
        month: reference.getUTCMonth() + 1,
        day: reference.getUTCDate(),
      };
      const actual = civilFromEpochDay(day);
      if (actual.year !== expected.year || actual.month !== expected.month || actual.day !== expected.day) {
        mismatches.push(`${day}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
      if (epochDayFromCivil(expected.year, expected.month, expected.day) !== day)
        mismatches.push(`${day}: inverse`);
    }
    expect(mismatches).toEqual([]);
  });
});
