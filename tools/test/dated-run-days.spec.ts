import { addDays, chinaHolidayCalendar, shippedChinaHolidayData, type YearData } from '@bastion/calendar';
import { datedRunDays } from './dated-run-days';

describe('the days the date-sensitive suites are also run on', () => {
  const days = datedRunDays(shippedChinaHolidayData);

  it('are the eves of Spring Festival and National Day of the latest year with a published arrangement', () => {
    const published = Math.max(...shippedChinaHolidayData.filter((y) => !y.provisional).map((y) => y.year));
    const [spring, national] = days;
    expect(spring!.today.startsWith(`${published}-`)).toBe(true);
    expect(national!.today).toBe(`${published}-09-30`);
    // The eve is a day before a holiday, so a notice started then runs across it.
    for (const eve of [spring!, national!]) {
      expect(chinaHolidayCalendar.isWorkingDay(addDays(eve.today, 1))).toBe(false);
    }
  });

  it('include a day in the year after the shipped ones, which has no holiday data', () => {
    const latest = Math.max(...shippedChinaHolidayData.map((y) => y.year));
    expect(days[2]!.today).toBe(`${latest + 1}-01-04`);
    expect(shippedChinaHolidayData.some((y) => y.year === latest + 1)).toBe(false);
  });

  it('refuse data that lacks a long holiday rather than run on a wrong day', () => {
    const bare: YearData = { ...shippedChinaHolidayData[0]!, holidays: [] };
    expect(() => datedRunDays([bare])).toThrow(/no Spring Festival/);
  });

  it('skip a year shipped as provisional, whose holidays are the statutory days alone', () => {
    const [y2026, y2027] = [2026, 2027].map((year) => shippedChinaHolidayData.find((y) => y.year === year)!);
    expect(datedRunDays([y2026!, { ...y2027!, provisional: true }])[0]!.today.startsWith('2026-')).toBe(true);
    expect(datedRunDays([y2026!, { ...y2027!, provisional: true }])[2]!.today).toBe('2028-01-04');
  });
});
