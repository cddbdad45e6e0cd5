import { YearData } from '../year-data';

/**
 * 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 Nov 2024), as published by
 * Xinhua. First year under the November 2024 revision of 全国年节及纪念日放假办法: Spring Festival
 * gains Lunar New Year's Eve (28 Jan) and Labour Day gains 2 May. Mid-Autumn (6 Oct) falls inside
 * National Day, so the notice merges them into one 8-day period.
 */
export const cn2025: YearData = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  holidays: [
    { date: '2025-01-01', name: '元旦', nameEn: "New Year's Day" },

    { date: '2025-01-28', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-01-29', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-01-30', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-01-31', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-02-01', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-02-02', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-02-03', name: '春节', nameEn: 'Spring Festival' },
    { date: '2025-02-04', name: '春节', nameEn: 'Spring Festival' },

    { date: '2025-04-04', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2025-04-05', name: '清明节', nameEn: 'Qingming Festival' },
    { date: '2025-04-06', name: '清明节', nameEn: 'Qingming Festival' },

    { date: '2025-05-01', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2025-05-02', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2025-05-03', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2025-05-04', name: '劳动节', nameEn: 'Labour Day' },
    { date: '2025-05-05', name: '劳动节', nameEn: 'Labour Day' },

    { date: '2025-05-31', name: '端午节', nameEn: 'Dragon Boat Festival' },
    { date: '2025-06-01', name: '端午节', nameEn: 'Dragon Boat Festival' },
    { date: '2025-06-02', name: '端午节', nameEn: 'Dragon Boat Festival' },

    { date: '2025-10-01', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-02', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-03', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-04', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-05', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-06', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-07', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
    { date: '2025-10-08', name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
  ],
  makeUpWorkdays: [
    '2025-01-26', // Sunday, Spring Festival
    '2025-02-08', // Saturday, Spring Festival
    '2025-04-27', // Sunday, Labour Day
    '2025-09-28', // Sunday, National Day and Mid-Autumn
    '2025-10-11', // Saturday, National Day and Mid-Autumn
  ],
};
