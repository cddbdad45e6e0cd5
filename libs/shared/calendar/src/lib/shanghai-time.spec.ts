import { addDays } from './date-arithmetic';
import { LocalDate, parseLocalDate } from './local-date';
import { deadlineInstant, shanghaiDateOf, startOfShanghaiDay } from './shanghai-time';

const d = (text: string): LocalDate => parseLocalDate(text);
const at = (iso: string): Date => new Date(iso);

describe('the Shanghai date of an instant (UTC+8 all year, midnight is 16:00 UTC the day before)', () => {
  it.each([
    ['2025-01-01T15:59:59.999Z', '2025-01-01'],
    ['2025-01-01T16:00:00.000Z', '2025-01-02'],
    ['2024-12-31T15:59:59.999Z', '2024-12-31'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01'],
    ['2025-01-01T00:00:00+08:00', '2025-01-01'],
    ['2024-12-31T23:59:59+08:00', '2024-12-31'],
    ['2024-12-31T23:00:00-08:00', '2025-01-01'], // 15:00 on 1 Jan in Shanghai
    ['2025-01-01T00:00:00Z', '2025-01-01'], // already 08:00 in Shanghai
    ['2024-02-28T15:59:59Z', '2024-02-28'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['2024-02-29T16:00:00Z', '2024-03-01'],
    ['2025-02-28T16:00:00Z', '2025-03-01'],
    ['1970-01-01T00:00:00Z', '1970-01-01'],
    ['1969-12-31T15:59:59Z', '1969-12-31'],
    ['1969-12-31T16:00:00Z', '1970-01-01'],
    ['2025-07-01T03:00:00Z', '2025-07-01'], // summer: still +8, China has no daylight saving
  ])('%s falls on %s in Shanghai', (instant, date) => {
    expect(shanghaiDateOf(at(instant))).toBe(date);
  });

  it('refuses an invalid Date rather than returning a nonsense date', () => {
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
    expect(() => shanghaiDateOf('2025-01-01' as unknown as Date)).toThrow(RangeError);
  });

  it('does not depend on the host time zone', () => {
    const original = process.env['TZ'];
    const results: string[] = [];
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
        process.env['TZ'] = zone;
        results.push(
          `${shanghaiDateOf(at('2025-01-01T15:59:59Z'))} ${startOfShanghaiDay(d('2025-01-01')).toISOString()}`,
        );
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
    expect(new Set(results)).toEqual(new Set(['2025-01-01 2024-12-31T16:00:00.000Z']));
  });
});

describe('a Shanghai day begins at 00:00 +08:00 and a deadline expires when the due day ends', () => {
  it.each([
    ['2025-01-01', '2024-12-31T16:00:00.000Z', '2025-01-01T16:00:00.000Z'],
    ['2024-12-31', '2024-12-30T16:00:00.000Z', '2024-12-31T16:00:00.000Z'],
    ['2024-02-28', '2024-02-27T16:00:00.000Z', '2024-02-28T16:00:00.000Z'],
    ['2024-02-29', '2024-02-28T16:00:00.000Z', '2024-02-29T16:00:00.000Z'],
    ['2025-02-28', '2025-02-27T16:00:00.000Z', '2025-02-28T16:00:00.000Z'],
    ['1970-01-01', '1969-12-31T16:00:00.000Z', '1970-01-01T16:00:00.000Z'],
  ])('%s starts at %s and its deadline instant is %s', (date, start, deadline) => {
    expect(startOfShanghaiDay(d(date)).toISOString()).toBe(start);
    expect(deadlineInstant(d(date)).toISOString()).toBe(deadline);
  });

  it('the last millisecond before the deadline instant still belongs to the due date', () => {
    const wrong: string[] = [];
    for (let date = d('2024-01-01'); date <= '2027-12-31'; date = addDays(date, 1)) {
      const end = deadlineInstant(date).getTime();
      if (shanghaiDateOf(new Date(end - 1)) !== date) wrong.push(`${date}: before`);
      if (shanghaiDateOf(new Date(end)) !== addDays(date, 1)) wrong.push(`${date}: at`);
      if (shanghaiDateOf(startOfShanghaiDay(date)) !== date) wrong.push(`${date}: start`);
      if (end - startOfShanghaiDay(date).getTime() !== 86_400_000) wrong.push(`${date}: length`);
    }
    expect(wrong).toEqual([]);
  });
});
