// Test data for the calendar's users (the `@bastion/calendar/testing` entry): a year beyond the
// shipped data, as an administrator would enter it.
import type { YearData } from '../lib/year-data';

/**
 * 2028 as an administrator would enter it: 元旦 on Saturday 1 January with Monday 3 January in
 * lieu, and a make-up working day on Saturday 8 January (test data, not the State Council's notice).
 */
export const year2028AsEntered: YearData = {
  year: 2028,
  holidays: [
    { date: '2028-01-01', name: '元旦', nameEn: "New Year's Day" },
    { date: '2028-01-02', name: '元旦', nameEn: "New Year's Day" },
    { date: '2028-01-03', name: '元旦', nameEn: "New Year's Day" },
  ],
  makeUpWorkdays: ['2028-01-08'],
};
