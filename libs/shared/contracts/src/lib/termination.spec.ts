import { terminationRequestSchema } from './termination';

describe('a termination names its reason', () => {
  it('takes a reason of a few characters, trimmed', () => {
    expect(terminationRequestSchema.parse({ reason: '  卡住三个月  ' })).toEqual({ reason: '卡住三个月' });
  });

  it.each([[''], ['卡住了\u0000三个月'], ['   '], ['abc'], ['x'.repeat(1001)]])('refuses %j', (reason) => {
    expect(terminationRequestSchema.safeParse({ reason }).success).toBe(false);
  });

  it('refuses a body without a reason or with anything else', () => {
    expect(terminationRequestSchema.safeParse({}).success).toBe(false);
    expect(terminationRequestSchema.safeParse({ reason: 'long enough', force: true }).success).toBe(false);
  });
});
