import { chinaHolidayCalendar, shippedChinaHolidayData } from './china-holiday-calendar';
import { addDays } from './date-arithmetic';
import { DayOfWeek, dayOfWeek, isWeekend } from './day-of-week';
import { LocalDate, parseLocalDate, yearOf } from './local-date';
import { YearData } from './year-data';

const d = (text: string): LocalDate => parseLocalDate(text);
const year = (y: number): YearData => {
  const data = shippedChinaHolidayData.find((entry) => entry.year === y);
  if (!data) throw new Error(`no shipped data for ${y}`);
  return data;
};

describe('the shipped calendar', () => {
  it('covers 2024–2027, with 2027 provisional until its notice is entered', () => {
    expect(chinaHolidayCalendar.coveredYears).toEqual([2024, 2025, 2026, 2027]);
    expect(chinaHolidayCalendar.provisionalYears).toEqual([2027]);
    expect(shippedChinaHolidayData.map((y) => y.provisional === true)).toEqual([false, false, false, true]);
  });

  it.each([2024, 2025, 2026, 2027])('%i names its source', (y) => {
    expect(year(y).source).toMatch(
      y === 2027 ? /全国年节及纪念日放假办法/ : new RegExp(`国务院办公厅关于${y}年部分节假日安排的通知`),
    );
  });

  it.each([2024, 2025, 2026, 2027])('%i lists only dates of its own year, in order, each once', (y) => {
    const dates = [...year(y).holidays.map((h) => h.date), ...year(y).makeUpWorkdays];
    expect(dates.every((date) => yearOf(d(date)) === y)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    const holidays = year(y).holidays.map((h) => h.date);
    expect(holidays).toEqual([...holidays].sort());
  });

  it('uses one fixed pair of names per festival', () => {
    const pairs = new Set(
      shippedChinaHolidayData.flatMap((y) => y.holidays.map((h) => `${h.name}|${h.nameEn}`)),
    );
    expect([...pairs].sort()).toEqual(
      [
        "元旦|New Year's Day",
        '春节|Spring Festival',
        '清明节|Qingming Festival',
        '劳动节|Labour Day',
        '端午节|Dragon Boat Festival',
        '中秋节|Mid-Autumn Festival',
        '国庆节|National Day',
        '国庆节、中秋节|National Day and Mid-Autumn Festival',
      ].sort(),
    );
  });
});

describe('each holiday period matches its notice: first day, last day, "共N天"', () => {
  it.each([
    [2024, '元旦', '2024-01-01', '2024-01-01', 1],
    [2024, '春节', '2024-02-10', '2024-02-17', 8],
    [2024, '清明节', '2024-04-04', '2024-04-06', 3],
    [2024, '劳动节', '2024-05-01', '2024-05-05', 5],
    [2024, '端午节', '2024-06-10', '2024-06-10', 1],
    [2024, '中秋节', '2024-09-15', '2024-09-17', 3],
    [2024, '国庆节', '2024-10-01', '2024-10-07', 7],
    [2025, '元旦', '2025-01-01', '2025-01-01', 1],
    [2025, '春节', '2025-01-28', '2025-02-04', 8],
    [2025, '清明节', '2025-04-04', '2025-04-06', 3],
    [2025, '劳动节', '2025-05-01', '2025-05-05', 5],
    [2025, '端午节', '2025-05-31', '2025-06-02', 3],
    [2025, '国庆节、中秋节', '2025-10-01', '2025-10-08', 8],
    [2026, '元旦', '2026-01-01', '2026-01-03', 3],
    [2026, '春节', '2026-02-15', '2026-02-23', 9],
    [2026, '清明节', '2026-04-04', '2026-04-06', 3],
    [2026, '劳动节', '2026-05-01', '2026-05-05', 5],
    [2026, '端午节', '2026-06-19', '2026-06-21', 3],
    [2026, '中秋节', '2026-09-25', '2026-09-27', 3],
    [2026, '国庆节', '2026-10-01', '2026-10-07', 7],
    // 2027: the statutory days only (provisional).
    [2027, '元旦', '2027-01-01', '2027-01-01', 1],
    [2027, '春节', '2027-02-05', '2027-02-08', 4],
    [2027, '清明节', '2027-04-05', '2027-04-05', 1],
    [2027, '劳动节', '2027-05-01', '2027-05-02', 2],
    [2027, '端午节', '2027-06-09', '2027-06-09', 1],
    [2027, '中秋节', '2027-09-15', '2027-09-15', 1],
    [2027, '国庆节', '2027-10-01', '2027-10-03', 3],
  ])('%i %s: %s to %s, %i days in a row', (y, name, first, last, days) => {
    const dates = year(y)
      .holidays.filter((h) => h.name === name)
      .map((h) => h.date);
    expect(dates).toHaveLength(days);
    expect(dates[0]).toBe(first);
    expect(dates[dates.length - 1]).toBe(last);
    dates.slice(1).forEach((date, i) => expect(date).toBe(addDays(d(dates[i]), 1)));
  });

  it.each([
    [2024, 28],
    [2025, 28],
    [2026, 33],
    [2027, 13],
  ])('%i has %i days off in its holiday periods in total', (y, total) => {
    expect(year(y).holidays).toHaveLength(total);
  });
});

describe('make-up working days are the weekend days the notice names, with the weekday it states', () => {
  const S = DayOfWeek.Saturday;
  const U = DayOfWeek.Sunday;
  it.each([
    [
      2024,
      [
        ['2024-02-04', U],
        ['2024-02-18', U],
        ['2024-04-07', U],
        ['2024-04-28', U],
        ['2024-05-11', S],
        ['2024-09-14', S],
        ['2024-09-29', U],
        ['2024-10-12', S],
      ],
    ],
    [
      2025,
      [
        ['2025-01-26', U],
        ['2025-02-08', S],
        ['2025-04-27', U],
        ['2025-09-28', U],
        ['2025-10-11', S],
      ],
    ],
    [
      2026,
      [
        ['2026-01-04', U],
        ['2026-02-14', S],
        ['2026-02-28', S],
        ['2026-05-09', S],
        ['2026-09-20', U],
        ['2026-10-10', S],
      ],
    ],
    [2027, []],
  ] as [number, [string, DayOfWeek][]][])('%i', (y, expected) => {
    expect(year(y).makeUpWorkdays).toEqual(expected.map(([date]) => date));
    expected.forEach(([date, weekday]) => expect(dayOfWeek(d(date))).toBe(weekday));
  });

  it('every shipped make-up day is a Saturday or Sunday and a working day', () => {
    const makeUps = shippedChinaHolidayData.flatMap((y) => y.makeUpWorkdays).map(d);
    expect(makeUps).toHaveLength(19);
    expect(makeUps.filter((date) => !isWeekend(date))).toEqual([]);
    expect(makeUps.filter((date) => !chinaHolidayCalendar.isWorkingDay(date))).toEqual([]);
  });

  it('no holiday is a working day', () => {
    const holidays = shippedChinaHolidayData.flatMap((y) => y.holidays.map((h) => d(h.date)));
    expect(holidays.filter((date) => chinaHolidayCalendar.isWorkingDay(date))).toEqual([]);
  });
});

describe('the 2025 rule change', () => {
  it.each([
    ['2024-02-09', false, "Lunar New Year's Eve 2024 (old rules: only encouraged off)"],
    ['2025-01-28', true, "Lunar New Year's Eve 2025"],
    ['2026-02-16', true, "Lunar New Year's Eve 2026"],
    ['2027-02-05', true, "Lunar New Year's Eve 2027"],
    ['2025-05-02', true, 'Labour Day second statutory day 2025'],
    ['2026-05-02', true, 'Labour Day second statutory day 2026'],
    ['2027-05-02', true, 'Labour Day second statutory day 2027'],
  ])('%s is a holiday: %p (%s)', (date, holiday) => {
    expect(chinaHolidayCalendar.holidayOn(d(date)) !== undefined).toBe(holiday);
  });
});
