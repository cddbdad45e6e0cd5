import {
  InvalidLocalDateError,
  isLocalDate,
  localDateFromParts,
  localDateParts,
  parseLocalDate,
  yearOf,
} from './local-date';

describe('a business date is an existing calendar day written YYYY-MM-DD', () => {
  it.each([
    '2024-02-29', // leap day in a leap year
    '2000-02-29', // century divisible by 400 is leap
    '2025-01-01',
    '2025-04-30',
    '2025-12-31',
    '0001-01-01',
    '9999-12-31',
  ])('%s is accepted as it is', (text) => {
    expect(parseLocalDate(text)).toBe(text);
    expect(isLocalDate(text)).toBe(true);
  });

  it.each([
    ['2025-02-30', '2025-02 has days 01 to 28'],
    ['2025-02-29', '2025-02 has days 01 to 28'],
    ['2100-02-29', '2100-02 has days 01 to 28'],
    ['1900-02-29', '1900-02 has days 01 to 28'],
    ['2024-02-30', '2024-02 has days 01 to 29'],
    ['2025-04-31', '2025-04 has days 01 to 30'],
    ['2025-06-31', '2025-06 has days 01 to 30'],
    ['2025-09-31', '2025-09 has days 01 to 30'],
    ['2025-11-31', '2025-11 has days 01 to 30'],
    ['2025-01-32', '2025-01 has days 01 to 31'],
    ['2025-01-00', '2025-01 has days 01 to 31'],
    ['2025-13-01', 'month 13 does not exist'],
    ['2025-00-10', 'month 00 does not exist'],
    ['0000-01-01', 'year 0000 does not exist'],
  ])('%s is refused: %s', (text, reason) => {
    expect(() => parseLocalDate(text)).toThrow(InvalidLocalDateError);
    expect(() => parseLocalDate(text)).toThrow(reason);
    expect(isLocalDate(text)).toBe(false);
  });

  it.each([
    '2025-1-5',
    '2025-01-5',
    '2025/01/05',
    '20250105',
    '25-01-05',
    '+02025-01-05',
    '2025-01-05T00:00:00Z',
    '2025-01-05T00:00:00+08:00',
    ' 2025-01-05',
    '2025-01-05 ',
    '2025-01-05\n',
    '',
    'abcd-ef-gh',
    '２０２５-01-05',
  ])('%j is refused: only the plain YYYY-MM-DD form is a date', (text) => {
    expect(() => parseLocalDate(text)).toThrow('not in the form YYYY-MM-DD');
    expect(isLocalDate(text)).toBe(false);
  });

  it.each([[20250105], [null], [undefined], [new Date(0)], [{}]])('%p is not a date string', (value) => {
    expect(() => parseLocalDate(value as unknown as string)).toThrow(InvalidLocalDateError);
    expect(isLocalDate(value)).toBe(false);
  });

  it('the error names the offending input', () => {
    const error = (() => {
      try {
        parseLocalDate('2025-02-30');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidLocalDateError);
    expect((error as InvalidLocalDateError).input).toBe('2025-02-30');
    expect((error as InvalidLocalDateError).message).toContain('"2025-02-30"');
  });
});

describe('building a date from its parts', () => {
  it.each([
    [2025, 2, 28, '2025-02-28'],
    [2024, 2, 29, '2024-02-29'],
    [5, 1, 1, '0005-01-01'],
    [9999, 12, 31, '9999-12-31'],
  ])('%i-%i-%i is %s', (year, month, day, expected) => {
    expect(localDateFromParts(year, month, day)).toBe(expected);
  });

  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 0, 1],
    [2025, 1, 0],
    [2025, 1, 100],
    [2025, 1.5, 1],
    [0, 1, 1],
    [10000, 1, 1],
    [Number.NaN, 1, 1],
  ])('%p-%p-%p is refused', (year, month, day) => {
    expect(() => localDateFromParts(year, month, day)).toThrow(InvalidLocalDateError);
  });

  it('splits a date back into numbers', () => {
    expect(localDateParts(parseLocalDate('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(localDateParts(parseLocalDate('0001-12-09'))).toEqual({ year: 1, month: 12, day: 9 });
    expect(yearOf(parseLocalDate('2027-06-09'))).toBe(2027);
  });
});
