import type { ItemRecord } from '@bastion/rectification-contracts';
import { assigned, config } from '../testing/fixtures';
import { dueRungs, ladderRungs, nextRungDate } from './ladder';

// Assigned Monday 2 March 2026, due Friday 20 March: guidance 11 Mar, reminder 13 Mar, warning 21 Mar.
const item = (changes: Partial<ItemRecord> = {}): ItemRecord => ({
  ...assigned('2026-03-02', '2026-03-20'),
  ...changes,
});

describe('the escalation ladder (督办阶梯)', () => {
  it('puts the rungs of a deadline in order', () => {
    expect(ladderRungs(item(), config.ladder)).toEqual([
      { rung: 'guidance', on: '2026-03-11' },
      { rung: 'reminder', on: '2026-03-13' },
      { rung: 'warning', on: '2026-03-21' },
    ]);
  });

  it('adds accountability the day after the final deadline once a warning has set one', () => {
    expect(ladderRungs(item({ finalDeadline: '2026-04-03' }), config.ladder).at(-1)).toEqual({
      rung: 'accountability',
      on: '2026-04-04',
    });
  });

  it('fires nothing before the first rung', () => {
    expect(dueRungs(item(), config.ladder, '2026-03-10')).toEqual([]);
  });

  it('gives guidance halfway when progress lags', () => {
    expect(dueRungs(item({ progressPercent: 20 }), config.ladder, '2026-03-11').map((r) => r.rung)).toEqual([
      'guidance',
    ]);
  });

  it('gives no guidance when progress keeps pace', () => {
    expect(dueRungs(item({ progressPercent: 60 }), config.ladder, '2026-03-11')).toEqual([]);
  });

  it('fires every rung that fell due while nobody looked, in order', () => {
    expect(dueRungs(item(), config.ladder, '2026-03-25').map((r) => r.rung)).toEqual([
      'guidance',
      'reminder',
      'warning',
    ]);
  });

  it('fires a rung once per deadline', () => {
    const fired = item({
      ladder: [{ rung: 'reminder', on: '2026-03-13', deadline: '2026-03-20' }],
      progressPercent: 80,
    });
    expect(dueRungs(fired, config.ladder, '2026-03-16')).toEqual([]);
  });

  it('starts over against a new deadline', () => {
    const extended = item({
      deadline: '2026-04-30',
      ladder: [{ rung: 'reminder', on: '2026-03-13', deadline: '2026-03-20' }],
      progressPercent: 80,
    });
    expect(dueRungs(extended, config.ladder, '2026-04-24').map((r) => r.rung)).toEqual(['reminder']);
  });

  it('stops while the work is with the acceptors', () => {
    expect(dueRungs(item({ status: 'acceptance' }), config.ladder, '2026-03-25')).toEqual([]);
  });

  it('stops once closed or handed over', () => {
    expect(dueRungs(item({ status: 'closed' }), config.ladder, '2026-03-25')).toEqual([]);
    expect(dueRungs(item({ status: 'handed_over' }), config.ladder, '2026-03-25')).toEqual([]);
  });

  it('names the next date for the timer', () => {
    expect(nextRungDate(item(), config.ladder, '2026-03-02')).toBe('2026-03-11');
    expect(nextRungDate(item(), config.ladder, '2026-03-12')).toBe('2026-03-13');
    expect(nextRungDate(item({ status: 'acceptance' }), config.ladder, '2026-03-02')).toBeNull();
  });
});
