import { YearData } from '../year-data';

/**
 * 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 25 Oct 2023), as published in
 * 人民日报 26 Oct 2023 p. 6. Old rules: Lunar New Year's Eve (9 Feb) is not a holiday; the notice
 * only encourages employers to let staff take it off, so it stays a working day here.
 * "与周末连休" (1 Jan, 10 Jun) lists only the weekday; the adjoining weekend is a weekend anyway.
 */
export const cn2024: YearData = {
  year: 2024,
  source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
  holidays: [
    { date: '2024-01-01', name: '元旦', nameEn: "New Year's Day" },

    { date: '2024-02-10', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-11', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-12', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-13', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-14', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-15', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-16', name: '春节', nameEn: 'Spring Festival' },
    { date: '2024-02-17', name: '春节', nameEn: 'Spring Festival' },

    { date: '2024-04-04', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2024-04-05', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2024-04-06', name: '清明节', nameEn: 'Qingming Festival' },

    { date: '2024-05-01', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2024-05-02', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2024-05-03', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2024-05-04', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2024-05-05', name: '劳动节', nameEn: 'Labour Day' },

    { date: '2024-06-10', name: '端午节', nameEn: 'Dragon Boat Festival' },

    { date: '2024-09-15', name: '中秋节', nameEn: 'Mid-Autumn Festival' },
    { date: '2024-09-16', name: '中秋节', nameEn: 'Mid-Autumn Festival' },
    { date: '2024-09-17', name: '中秋节', nameEn: 'Mid-Autumn Festival' },

    { date: '2024-10-01', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-02', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-03', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-04', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-05', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-06', name: '国庆节', nameEn: 'National Day' },
    { date: '2024-10-07', name: '国庆节', nameEn: 'National Day' },
  ],
  makeUpWorkdays: [
    '2024-02-04', // Sunday, Spring Festival
    '2024-02-18', // Sunday, Spring Festival
    '2024-04-07', // Sunday, Qingming
    '2024-04-28', // Sunday, Labour Day
    '2024-05-11', // Saturday, Labour Day
    '2024-09-14', // Saturday, Mid-Autumn
    '2024-09-29', // Sunday, National Day
    '2024-10-12', // Saturday, National Day
  ],
};
