import { countedOnWeekdays } from './provisional-deadline';

describe('a time limit counted through a year without holiday data', () => {
  const shipped = [2024, 2025, 2026, 2027];

  it('is exact while every year it runs through has data', () => {
    expect(countedOnWeekdays('2027-03-01T02:00:00.000Z', '2027-03-15T02:00:00.000Z', shipped)).toBe(false);
  });

  it('is provisional when it ends in a year without data', () => {
    expect(countedOnWeekdays('2027-12-24T02:00:00.000Z', '2028-01-07T02:00:00.000Z', shipped)).toBe(true);
  });

  it('takes the year in Shanghai: 16:30 UTC on New Year’s Eve is already the new year', () => {
    expect(countedOnWeekdays('2027-12-20T02:00:00.000Z', '2027-12-31T16:30:00.000Z', shipped)).toBe(true);
  });

  it('is not provisional without a time limit, or for a request that took no copy of the calendar', () => {
    expect(countedOnWeekdays('2027-12-24T02:00:00.000Z', undefined, shipped)).toBe(false);
    expect(countedOnWeekdays('2027-12-24T02:00:00.000Z', '2028-01-07T02:00:00.000Z', [])).toBe(false);
  });
});
