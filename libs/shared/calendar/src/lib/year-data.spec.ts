import { HolidayDataError } from './calendar-errors';
import cn2025 from './data/cn-2025.json';
import { YearData, validateYearData } from './year-data';

// 2030-01-01 is a Tuesday, 2030-01-05 a Saturday, 2030-01-07 a Monday.
const valid = (): YearData => ({
  year: 2030,
  holidays: [{ date: '2030-01-01', name: '元旦', nameEn: "New Year's Day" }],
  makeUpWorkdays: ['2030-01-05'],
});

function problemsOf(input: unknown): readonly string[] {
  try {
    validateYearData(input);
  } catch (error) {
    if (error instanceof HolidayDataError) return error.problems;
    throw error;
  }
  throw new Error('expected the data to be refused');
}

describe('year data is validated before the calendar trusts it', () => {
  it('accepts a well-formed year and returns a sorted copy', () => {
    const input = {
      year: 2030,
      holidays: [
        { date: '2030-01-02', name: '元旦', nameEn: "New Year's Day" },
        { date: '2030-01-01', name: '元旦', nameEn: "New Year's Day" },
      ],
      makeUpWorkdays: ['2030-01-06', '2030-01-05'],
      provisional: true,
      source: 'test',
    };
    const result = validateYearData(input);
    expect(result.holidays.map((h) => h.date)).toEqual(['2030-01-01', '2030-01-02']);
    expect(result.makeUpWorkdays).toEqual(['2030-01-05', '2030-01-06']);
    expect(result.provisional).toBe(true);
    expect(result.source).toBe('test');
    expect(input.holidays[0].date).toBe('2030-01-02');
  });

  it('accepts data that went through JSON, as an administrator would store it', () => {
    expect(validateYearData(JSON.parse(JSON.stringify(cn2025)))).toEqual(validateYearData(cn2025));
  });

  it.each([
    [
      'a make-up working day that is a weekday',
      { makeUpWorkdays: ['2030-01-07'] },
      '2030-01-07 is a Monday; make-up working days fall on a Saturday or Sunday',
    ],
    [
      'the same holiday twice',
      { holidays: [valid().holidays[0], valid().holidays[0]] },
      'holidays[1]: 2030-01-01 is listed twice (also as holidays[0])',
    ],
    [
      'the same make-up day twice',
      { makeUpWorkdays: ['2030-01-05', '2030-01-05'] },
      'makeUpWorkdays[1]: 2030-01-05 is listed twice',
    ],
    [
      'a day that is both a holiday and a make-up day',
      { holidays: [{ date: '2030-01-05', name: '元旦', nameEn: "New Year's Day" }] },
      'makeUpWorkdays[0]: 2030-01-05 is listed twice (also as holidays[0])',
    ],
    [
      'a date that does not exist',
      { holidays: [{ date: '2030-02-30', name: 'x', nameEn: 'x' }] },
      'holidays[0]: Invalid date "2030-02-30"',
    ],
    [
      'a date in another format',
      { makeUpWorkdays: ['2030/01/05'] },
      'makeUpWorkdays[0]: Invalid date "2030/01/05"',
    ],
    ['a date given as a number', { makeUpWorkdays: [20300105] }, 'makeUpWorkdays[0]: Invalid date 20300105'],
    [
      'a date far outside the year',
      { holidays: [{ date: '2031-03-01', name: 'x', nameEn: 'x' }] },
      '2031-03-01 lies outside 2030',
    ],
    [
      'a date two months before the year',
      { holidays: [{ date: '2029-11-30', name: 'x', nameEn: 'x' }] },
      '2029-11-30 lies outside 2030',
    ],
    [
      'a holiday without a Chinese name',
      { holidays: [{ date: '2030-01-01', name: ' ', nameEn: 'x' }] },
      '"name" (Chinese festival name) must be a non-empty string',
    ],
    [
      'a holiday without an English name',
      { holidays: [{ date: '2030-01-01', name: '元旦' }] },
      '"nameEn" (English festival name) must be a non-empty string',
    ],
    [
      'a holiday that is not an object',
      { holidays: ['2030-01-01'] },
      'holidays[0] must be an object { date, name, nameEn }',
    ],
    ['holidays that are not a list', { holidays: '2030-01-01' }, '"holidays" must be an array'],
    ['make-up days that are missing', { makeUpWorkdays: undefined }, '"makeUpWorkdays" must be an array'],
    [
      'a provisional flag that is not a boolean',
      { provisional: 'yes' },
      '"provisional" must be true or false',
    ],
    ['a source that is not text', { source: 5 }, '"source" must be a string'],
    ['a fractional year', { year: 2030.5 }, '"year" must be a whole number'],
    ['a year given as text', { year: '2030' }, '"year" must be a whole number'],
    ['a year too large for the neighbouring-month rule', { year: 9999 }, '"year" must be a whole number'],
  ])('refuses %s', (_what, change, problem) => {
    const problems = problemsOf({ ...valid(), ...change });
    expect(problems.some((p) => p.includes(problem))).toBe(true);
  });

  it.each([
    ['31 December of the previous year', '2029-12-31'],
    ['1 December of the previous year', '2029-12-01'],
    ['31 January of the next year', '2031-01-31'],
  ])('allows a holiday on %s, because notices sometimes join a day across the year end', (_what, date) => {
    expect(() =>
      validateYearData({ ...valid(), holidays: [{ date, name: '元旦', nameEn: "New Year's Day" }] }),
    ).not.toThrow();
  });

  it.each([[null], [[]], ['2030'], [42]])('refuses %p as year data', (input) => {
    expect(problemsOf(input)).toEqual(['year data must be an object']);
  });

  it('reports every problem at once, with the year', () => {
    let caught: unknown;
    try {
      validateYearData({
        year: 2030,
        holidays: [{ date: '2030-02-30', name: 'x', nameEn: 'x' }],
        makeUpWorkdays: ['2030-01-07', '2030-13-01'],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HolidayDataError);
    expect((caught as HolidayDataError).year).toBe(2030);
    expect((caught as HolidayDataError).problems).toHaveLength(3);
    expect((caught as HolidayDataError).message).toMatch(
      /^Invalid holiday data for 2030:\n {2}- holidays\[0\]/,
    );
  });
});
