import { CLOCK_MEMO_KEY, clock, clockShiftOf } from './clock';
import { parseLocalDate } from './local-date';
import { shanghaiDateOf } from './shanghai-time';

describe('the one clock', () => {
  afterEach(() => clock.reset());

  it('runs on the system clock until a test sets today', () => {
    expect(clock.shiftMs()).toBe(0);
    expect(clock.today()).toBe(shanghaiDateOf(new Date()));
    expect(clock.memo()).toBeUndefined();
  });

  it('moves today to the day set, by whole days, keeping the time of day', () => {
    clock.setToday(parseLocalDate('2027-02-05'));
    expect(clock.today()).toBe('2027-02-05');
    expect(clock.shiftMs() % 86_400_000).toBe(0);
    expect(Math.abs(clock.now().getTime() - clock.shiftMs() - Date.now())).toBeLessThan(1000);
  });

  it('can run behind the system clock as well as ahead', () => {
    clock.setToday(parseLocalDate('2001-07-01'));
    expect(clock.today()).toBe('2001-07-01');
    expect(clock.shiftMs()).toBeLessThan(0);
  });

  it('hands a workflow the shift in its memo, and reads it back', () => {
    clock.setToday(parseLocalDate('2027-09-30'));
    const memo = clock.memo();
    expect(memo).toEqual({ [CLOCK_MEMO_KEY]: clock.shiftMs() });
    expect(clockShiftOf(memo)).toBe(clock.shiftMs());
  });

  it('reads a memo without a shift, or with a bad one, as the system clock', () => {
    expect(clockShiftOf(undefined)).toBe(0);
    expect(clockShiftOf({})).toBe(0);
    expect(clockShiftOf({ [CLOCK_MEMO_KEY]: 'soon' })).toBe(0);
  });
});
