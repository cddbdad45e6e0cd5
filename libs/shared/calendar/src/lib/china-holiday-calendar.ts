import cn2024 from './data/cn-2024.json';
import cn2025 from './data/cn-2025.json';
import cn2026 from './data/cn-2026.json';
import cn2027 from './data/cn-2027.json';
import { HolidayCalendar, createHolidayCalendar } from './holiday-calendar';
import { YearData } from './year-data';

/**
 * The years shipped with the code (their sources in `data/README.md`); an administrator's years
 * are added to these, not instead of them.
 */
export const shippedChinaHolidayData: readonly YearData[] = Object.freeze([cn2024, cn2025, cn2026, cn2027]);

/** The default calendar for every working-day function. */
export const chinaHolidayCalendar: HolidayCalendar = createHolidayCalendar(shippedChinaHolidayData);
