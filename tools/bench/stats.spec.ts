import { percentile } from './stats';

describe('percentile', () => {
  const sample = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [1, 1],
  ])('p%d of 1..100 is %d', (p, expected) => {
    expect(percentile(sample, p)).toBe(expected);
  });

  it('does not depend on the order of the sample', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });

  it('is NaN for an empty sample', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
