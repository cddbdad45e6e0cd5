import { CalendarYearNotCoveredError, HolidayDataError } from './calendar-errors';
import { chinaHolidayCalendar, shippedChinaHolidayData } from './china-holiday-calendar';
import { HolidayCalendar, createHolidayCalendar } from './holiday-calendar';
import { LocalDate, parseLocalDate } from './local-date';
import { YearData } from './year-data';

const d = (text: string): LocalDate => parseLocalDate(text);

// 2030-01-01 is a Tuesday; 2030-01-05/06 a weekend; 2030-12-31 a Tuesday.
const year2030 = (): YearData => ({
  year: 2030,
  holidays: [
    { date: '2030-01-01', name: '元旦', nameEn: "New Year's Day" },
    { date: '2030-01-06', name: '测试', nameEn: 'Test holiday on a Sunday' },
  ],
  makeUpWorkdays: ['2030-01-05'],
});
const year2031 = (extra: Partial<YearData> = {}): YearData => ({
  year: 2031,
  holidays: [],
  makeUpWorkdays: [],
  ...extra,
});

describe('a day is a working day when it is a make-up day, or a weekday that is not a holiday', () => {
  const calendar = createHolidayCalendar([year2030()]);

  it.each([
    ['2030-01-01', false, 'a listed holiday on a Tuesday'],
    ['2030-01-02', true, 'an ordinary Wednesday'],
    ['2030-01-04', true, 'an ordinary Friday'],
    ['2030-01-05', true, 'a Saturday listed as a make-up working day'],
    ['2030-01-06', false, 'a Sunday that is also a listed holiday'],
    ['2030-01-12', false, 'an ordinary Saturday'],
    ['2030-01-13', false, 'an ordinary Sunday'],
  ])('%s → %p (%s)', (date, working) => {
    expect(calendar.isWorkingDay(d(date))).toBe(working);
  });

  it('names the holiday a day belongs to', () => {
    expect(calendar.holidayOn(d('2030-01-01'))).toEqual({ name: '元旦', nameEn: "New Year's Day" });
    expect(calendar.holidayOn(d('2030-01-02'))).toBeUndefined();
    expect(calendar.isMakeUpWorkday(d('2030-01-05'))).toBe(true);
    expect(calendar.isMakeUpWorkday(d('2030-01-12'))).toBe(false);
  });
});

describe('a year without data is never guessed', () => {
  const calendar = createHolidayCalendar([year2030()]);

  it.each([
    ['isWorkingDay', (c: HolidayCalendar) => c.isWorkingDay(d('2031-01-01'))],
    ['holidayOn', (c: HolidayCalendar) => c.holidayOn(d('2031-10-01'))],
    ['isMakeUpWorkday', (c: HolidayCalendar) => c.isMakeUpWorkday(d('2029-12-29'))],
    ['isProvisional', (c: HolidayCalendar) => c.isProvisional(d('2031-06-01'))],
  ])('%s throws CalendarYearNotCoveredError', (_name, ask) => {
    expect(() => ask(calendar)).toThrow(CalendarYearNotCoveredError);
  });

  it('says which year is missing and which are covered', () => {
    let caught: unknown;
    try {
      chinaHolidayCalendar.isWorkingDay(d('2028-01-03'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarYearNotCoveredError);
    const error = caught as CalendarYearNotCoveredError;
    expect(error.year).toBe(2028);
    expect(error.date).toBe('2028-01-03');
    expect(error.coveredYears).toEqual([2024, 2025, 2026, 2027]);
    expect(error.message).toContain(
      'no data for 2028 (asked about 2028-01-03); covered years: 2024, 2025, 2026, 2027',
    );
  });

  it('an empty calendar covers nothing', () => {
    const empty = createHolidayCalendar([]);
    expect(empty.coveredYears).toEqual([]);
    expect(() => empty.isWorkingDay(d('2025-06-16'))).toThrow('covered years: none');
  });
});

describe('building a calendar from year data', () => {
  it('reports covered and provisional years in order', () => {
    const calendar = createHolidayCalendar([year2031(), { ...year2030(), provisional: true }]);
    expect(calendar.coveredYears).toEqual([2030, 2031]);
    expect(calendar.provisionalYears).toEqual([2030]);
    expect(calendar.covers(2030)).toBe(true);
    expect(calendar.covers(2032)).toBe(false);
    expect(calendar.isProvisional(d('2030-05-05'))).toBe(true);
    expect(calendar.isProvisional(d('2031-05-05'))).toBe(false);
  });

  it('refuses the same year twice', () => {
    expect(() => createHolidayCalendar([year2030(), year2030()])).toThrow(
      'year 2030 is given more than once',
    );
  });

  it('refuses invalid year data', () => {
    const bad = { ...year2030(), makeUpWorkdays: ['2030-01-07'] };
    expect(() => createHolidayCalendar([bad])).toThrow(HolidayDataError);
  });

  it('refuses anything but a list', () => {
    expect(() => new HolidayCalendar('2030' as unknown as unknown[])).toThrow(HolidayDataError);
  });

  it('refuses a date given a meaning by two years', () => {
    const holiday = { date: '2030-12-31', name: '元旦', nameEn: "New Year's Day" };
    expect(() =>
      createHolidayCalendar([{ ...year2030(), holidays: [holiday] }, year2031({ holidays: [holiday] })]),
    ).toThrow('2030-12-31 is listed by both 2030 and 2031');
  });

  it("applies a day that the next year's notice joins to its New Year holiday", () => {
    const nextYearNotice = year2031({
      holidays: [{ date: '2030-12-31', name: '元旦', nameEn: "New Year's Day" }],
    });
    expect(createHolidayCalendar([year2030(), nextYearNotice]).isWorkingDay(d('2030-12-31'))).toBe(false);
    expect(createHolidayCalendar([year2030()]).isWorkingDay(d('2030-12-31'))).toBe(true);
    // The day still belongs to 2030: without 2030's data it is not covered.
    expect(() => createHolidayCalendar([nextYearNotice]).isWorkingDay(d('2030-12-31'))).toThrow(
      CalendarYearNotCoveredError,
    );
  });

  it('is unaffected by later changes to the data it was built from', () => {
    const data = {
      year: 2030,
      holidays: [{ date: '2030-01-01', name: '元旦', nameEn: "New Year's Day" }],
      makeUpWorkdays: [] as string[],
    };
    const calendar = createHolidayCalendar([data]);
    data.holidays.pop();
    data.makeUpWorkdays.push('2030-01-12');
    expect(calendar.isWorkingDay(d('2030-01-01'))).toBe(false);
    expect(calendar.isWorkingDay(d('2030-01-12'))).toBe(false);
  });

  it('an administrator extends the shipped years with a new one without touching the default calendar', () => {
    const year2028: YearData = {
      year: 2028,
      holidays: [{ date: '2028-01-03', name: '测试', nameEn: 'Test' }],
      makeUpWorkdays: [],
    };
    const extended = createHolidayCalendar([...shippedChinaHolidayData, year2028]);
    expect(extended.coveredYears).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(extended.isWorkingDay(d('2028-01-03'))).toBe(false);
    expect(extended.isWorkingDay(d('2028-01-04'))).toBe(true);
    expect(extended.isWorkingDay(d('2025-01-28'))).toBe(false);
    expect(chinaHolidayCalendar.covers(2028)).toBe(false);
  });

  it('gives back its data as plain JSON that rebuilds the same calendar', () => {
    const json = JSON.stringify(chinaHolidayCalendar.toYearData());
    const rebuilt = createHolidayCalendar(JSON.parse(json) as YearData[]);
    expect(rebuilt.coveredYears).toEqual(chinaHolidayCalendar.coveredYears);
    expect(rebuilt.provisionalYears).toEqual([2027]);
    expect(rebuilt.toYearData()).toEqual(chinaHolidayCalendar.toYearData());
  });
});
