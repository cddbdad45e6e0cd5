import { csvField, neutraliseCell } from './spreadsheet-cells';

describe('spreadsheet cells', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('neutralises %j, which a spreadsheet would read as a formula', (text, shown) => {
    expect(neutraliseCell(text)).toBe(shown);
  });

  it.each(['党支部 = 基层组织', '2026-12-07', '张三', "'已引用", '', ' =1'])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it('leaves numbers, dates and empty cells alone', () => {
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBeNull();
  });

  it('writes a CSV field quoted, neutralised and with its quotes doubled', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField(null)).toBe('""');
    expect(csvField(12)).toBe('"12"');
    expect(csvField(-12)).toBe('"-12"');
  });
});
