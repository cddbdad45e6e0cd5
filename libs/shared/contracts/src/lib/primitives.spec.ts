import { instantSchema, localDateSchema } from './primitives';

const problems = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('dates any field accepts', () => {
  it('lie between 1900-01-01 and 2100-12-31, both ends included', () => {
    for (const date of ['1900-01-01', '2026-12-07', '2100-12-31'])
      expect(localDateSchema.parse(date)).toBe(date);
    expect(instantSchema.parse('2100-12-31T23:59:59+08:00')).toBe('2100-12-31T23:59:59+08:00');
    for (const date of ['1899-12-31', '2101-01-01', '0001-01-01']) {
      expect(problems(localDateSchema.safeParse(date))).toEqual([
        'must be between 1900-01-01 and 2100-12-31',
      ]);
    }
    expect(problems(instantSchema.safeParse('1899-12-31T23:59:59Z'))).toEqual([
      'must be between 1900-01-01 and 2100-12-31',
    ]);
  });

  it('name a value that is no date once, for its format', () => {
    for (const value of ['275760-09-13', '2026-02-30', '2026-13-01']) {
      expect(problems(localDateSchema.safeParse(value))).toHaveLength(1);
    }
  });
});
