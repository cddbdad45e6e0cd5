import {
  compareDates,
  earliestDate,
  isAfter,
  isBefore,
  isSameDate,
  isSameOrAfter,
  isSameOrBefore,
  latestDate,
} from './date-comparison';
import { LocalDate, parseLocalDate } from './local-date';

const d = (text: string): LocalDate => parseLocalDate(text);

describe('comparing dates', () => {
  it.each([
    ['2025-01-31', '2025-02-01', -1],
    ['2025-02-01', '2025-01-31', 1],
    ['2025-02-01', '2025-02-01', 0],
    ['2024-12-31', '2025-01-01', -1],
    ['0999-12-31', '1000-01-01', -1],
    ['2025-10-09', '2025-09-10', 1],
  ])('%s vs %s → %i', (a, b, order) => {
    expect(compareDates(d(a), d(b))).toBe(order);
    expect(isBefore(d(a), d(b))).toBe(order < 0);
    expect(isAfter(d(a), d(b))).toBe(order > 0);
    expect(isSameDate(d(a), d(b))).toBe(order === 0);
    expect(isSameOrBefore(d(a), d(b))).toBe(order <= 0);
    expect(isSameOrAfter(d(a), d(b))).toBe(order >= 0);
  });

  it('sorts chronologically', () => {
    const dates = ['2025-10-01', '2024-02-29', '2025-01-01', '2024-12-31'].map(d);
    expect([...dates].sort(compareDates)).toEqual(['2024-02-29', '2024-12-31', '2025-01-01', '2025-10-01']);
  });

  it('picks the earliest and latest of several dates', () => {
    expect(earliestDate(d('2025-03-01'), d('2024-02-29'), d('2025-01-01'))).toBe('2024-02-29');
    expect(latestDate(d('2025-03-01'), d('2024-02-29'), d('2025-01-01'))).toBe('2025-03-01');
    expect(earliestDate(d('2025-03-01'))).toBe('2025-03-01');
  });
});
