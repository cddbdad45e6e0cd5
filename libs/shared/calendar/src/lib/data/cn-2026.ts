import { YearData } from '../year-data';

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (4 Nov 2025), as published by Xinhua and 光明网; the
 * number 国办发明电〔2025〕7号 is quoted by secondary sources only. Spring Festival runs 9 days, from
 * 腊月二十八 (15 Feb) to 正月初七 (23 Feb).
 */
export const cn2026: YearData = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  holidays: [
    { date: '2026-01-01', name: '元旦', nameEn: "New Year's Day" },
    { date: '2026-01-02', name: '元旦', nameEn: "New Year's Day" },
    { date: '2026-01-03', name: '元旦', nameEn: "New Year's Day" },

    { date: '2026-02-15', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-16', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-17', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-18', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-19', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-20', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-21', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-22', name: '春节', nameEn: 'Spring Festival' },
    { date: '2026-02-23', name: '春节', nameEn: 'Spring Festival' },

    { date: '2026-04-04', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2026-04-05', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2026-04-06', name: '清明节', nameEn: 'Qingming Festival' },

    { date: '2026-05-01', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2026-05-02', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2026-05-03', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2026-05-04', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2026-05-05', name: '劳动节', nameEn: 'Labour Day' },

    { date: '2026-06-19', name: '端午节', nameEn: 'Dragon Boat Festival' },
    { date: '2026-06-20', name: '端午节', nameEn: 'Dragon Boat Festival' },
    { date: '2026-06-21', name: '端午节', nameEn: 'Dragon Boat Festival' },

    { date: '2026-09-25', name: '中秋节', nameEn: 'Mid-Autumn Festival' },
    { date: '2026-09-26', name: '中秋节', nameEn: 'Mid-Autumn Festival' },
    { date: '2026-09-27', name: '中秋节', nameEn: 'Mid-Autumn Festival' },

    { date: '2026-10-01', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-02', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-03', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-04', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-05', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-06', name: '国庆节', nameEn: 'National Day' },
    { date: '2026-10-07', name: '国庆节', nameEn: 'National Day' },
  ],
  makeUpWorkdays: [
    '2026-01-04', // Sunday, New Year
    '2026-02-14', // Saturday, Spring Festival
    '2026-02-28', // Saturday, Spring Festival
    '2026-05-09', // Saturday, Labour Day
    '2026-09-20', // Sunday, National Day
    '2026-10-10', // Saturday, National Day
  ],
};
