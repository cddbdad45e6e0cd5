import { chinaHolidayCalendar, createHolidayCalendar, shippedChinaHolidayData } from '@bastion/calendar';
import type { BatchRecord } from '@bastion/rectification-contracts';
import { reportDeadline } from '../deadlines';
import { withReportProvisionalMark } from './report-provisional';

/** The calendar as workflows take it: the shipped years, weekdays in a year without data. */
const weekdays = chinaHolidayCalendar.withUncoveredYears('weekdays');

function batch(feedbackDate: string): Pick<BatchRecord, 'feedbackDate' | 'reportDeadline' | 'provisional'> {
  return { feedbackDate, reportDeadline: reportDeadline(feedbackDate, { reportDeadlineMonths: 3 }) };
}

describe('a batch report deadline in a year without holiday data', () => {
  it('is provisional when its reminder is counted back through 2028', () => {
    const late = batch('2027-12-15');
    expect(late.reportDeadline).toBe('2028-03-15');
    expect(withReportProvisionalMark(late, weekdays).provisional).toBe(true);
  });

  it('is exact inside the years the calendar holds', () => {
    expect('provisional' in withReportProvisionalMark(batch('2027-06-15'), weekdays)).toBe(false);
  });

  it('is no longer provisional once an administrator has added 2028', () => {
    const with2028 = createHolidayCalendar(
      [...shippedChinaHolidayData, { year: 2028, holidays: [], makeUpWorkdays: [] }],
      { uncoveredYears: 'weekdays' },
    );
    const marked = withReportProvisionalMark(batch('2027-12-15'), weekdays);
    expect('provisional' in withReportProvisionalMark(marked, with2028)).toBe(false);
  });
});
