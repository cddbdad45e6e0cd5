import { YearData } from '../year-data';

/**
 * PROVISIONAL. No State Council notice for 2027 could be found when this was written, so this
 * lists only the 13 statutory days off fixed by 全国年节及纪念日放假办法 (as revised Nov 2024), on
 * 2027's dates: 元旦 1 Jan; 春节 除夕 to 初三, 5–8 Feb (正月初一 is 6 Feb); 清明 5 Apr; 劳动节 1–2 May;
 * 端午 9 Jun; 中秋 15 Sep; 国庆节 1–3 Oct. Lunar dates and 清明 were checked against an astronomical
 * new-moon and solar-term computation (正月初一 on 6 Feb: new moon 23:56 Beijing time; no leap month).
 *
 * Six of those days fall on a weekend (6–7 Feb, 1–2 May, 2–3 Oct), so the real notice will add
 * days off in lieu and make-up working days (调休) that cannot be predicted. Until it is entered,
 * 2027 has fewer days off here than it will have, and working-day deadlines in 2027 may come out
 * earlier than the official ones: replace this file with the notice and drop `provisional`.
 */
export const cn2027: YearData = {
  year: 2027,
  provisional: true,
  source: '全国年节及纪念日放假办法（2024年修订）第二条 — statutory days only; 2027 notice not yet available',
  holidays: [
    { date: '2027-01-01', name: '元旦', nameEn: "New Year's Day" },

    { date: '2027-02-05', name: '春节', nameEn: 'Spring Festival' },
    { date: '2027-02-06', name: '春节', nameEn: 'Spring Festival' },
    { date: '2027-02-07', name: '春节', nameEn: 'Spring Festival' },
    { date: '2027-02-08', name: '春节', nameEn: 'Spring Festival' },

    { date: '2027-04-05', name: '清明节', nameEn: 'Qingming Festival' },

    { date: '2027-05-01', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2027-05-02', name: '劳动节', nameEn: 'Labour Day' },

    { date: '2027-06-09', name: '端午节', nameEn: 'Dragon Boat Festival' },

    { date: '2027-09-15', name: '中秋节', nameEn: 'Mid-Autumn Festival' },

    { date: '2027-10-01', name: '国庆节', nameEn: 'National Day' },
    { date: '2027-10-02', name: '国庆节', nameEn: 'National Day' },
    { date: '2027-10-03', name: '国庆节', nameEn: 'National Day' },
  ],
  makeUpWorkdays: [],
};
