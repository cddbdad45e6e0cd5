import { type YearData, shippedChinaHolidayData } from '@bastion/calendar';
import { type AdministeredYear, effectiveYears, problemField } from './calendar-years';

const entry = (data: YearData): AdministeredYear => ({ data, updatedAt: new Date(0), updatedBy: 'admin' });
const year = (n: number, source: string): YearData => ({ year: n, holidays: [], makeUpWorkdays: [], source });

describe('the calendar in force is the shipped years, corrected and extended by an administrator', () => {
  it('is the shipped years when nobody changed anything', () => {
    const years = effectiveYears([]);
    expect(years.map((y) => y.data.year)).toEqual(shippedChinaHolidayData.map((y) => y.year));
    expect(years.every((y) => y.origin === 'shipped' && y.administered === null)).toBe(true);
  });

  it('puts a corrected year in place of the shipped one', () => {
    const corrected = effectiveYears([entry(year(2027, 'notice'))]).find((y) => y.data.year === 2027)!;
    expect(corrected.origin).toBe('overridden');
    expect(corrected.data.source).toBe('notice');
  });

  it('adds a year after the shipped ones, in order', () => {
    const years = effectiveYears([entry(year(2028, 'notice 2028'))]);
    expect(years.map((y) => y.data.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(years.at(-1)!.origin).toBe('added');
  });
});

describe('a problem of the holiday data names its field', () => {
  it.each([
    ['holidays[3]: 2028-13-01 is not a date', 'holidays[3]'],
    ['makeUpWorkdays[0]: 2028-01-03 is a Monday; make-up working days fall on a Saturday or Sunday', 'makeUpWorkdays[0]'],
    ['2028-01-01 is listed by both 2027 and 2028', 'year'],
  ])('%s → %s', (problem, field) => {
    expect(problemField(problem)).toBe(field);
  });
});
