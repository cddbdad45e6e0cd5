import { parseYearText, yearText } from './year-text';

describe('a year of the holiday calendar as the editor shows it', () => {
  it('reads a day off per line, the English name with its spaces, and skips blank lines', () => {
    const read = parseYearText({
      holidays: "2028-01-01 元旦 New Year's Day\n\n2028-01-26 春节 Spring Festival",
      makeUpWorkdays: ' 2028-01-08 \n',
    });
    expect(read.problems).toEqual([]);
    expect(read.input).toEqual({
      holidays: [
        { date: '2028-01-01', name: '元旦', nameEn: "New Year's Day" },
        { date: '2028-01-26', name: '春节', nameEn: 'Spring Festival' },
      ],
      makeUpWorkdays: ['2028-01-08'],
    });
  });

  it('names every line it cannot read, by box and line number', () => {
    const read = parseYearText({
      holidays: '2028-01-01 元旦\n28-1-2 元旦 New Year',
      makeUpWorkdays: 'Saturday',
    });
    expect(read.problems).toEqual([
      { field: 'holidays', line: 1, text: '2028-01-01 元旦' },
      { field: 'holidays', line: 2, text: '28-1-2 元旦 New Year' },
      { field: 'makeUpWorkdays', line: 1, text: 'Saturday' },
    ]);
  });

  it('writes a stored year back in the same form', () => {
    const stored = {
      holidays: [{ date: '2028-01-01', name: '元旦', nameEn: "New Year's Day" }],
      makeUpWorkdays: ['2028-01-08', '2028-02-05'],
    };
    expect(parseYearText(yearText(stored)).input).toEqual(stored);
  });
});
