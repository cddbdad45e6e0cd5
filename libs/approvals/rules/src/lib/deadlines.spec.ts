import { taskDeadlines } from './deadlines';

const limit = (amount: number, unit: 'working_days' | 'calendar_days', remindBefore = 1) => ({
  timeLimit: { amount, unit },
  remindBefore,
});

describe('task deadlines', () => {
  it('have none without a time limit', () => {
    expect(taskDeadlines('2026-03-02T01:00:00Z', { timeLimit: null, remindBefore: 1 })).toEqual({});
  });

  it('count working days from the day after opening, due at the end of the last day (Asia/Shanghai)', () => {
    // Opened Monday 2 March 2026 at 09:00 Beijing time; 3 working days → Thursday 5 March.
    expect(taskDeadlines('2026-03-02T01:00:00Z', limit(3, 'working_days'))).toEqual({
      dueAt: '2026-03-05T16:00:00.000Z',
      remindAt: '2026-03-03T16:00:00.000Z',
    });
  });

  it('skip the National Day holiday and count the make-up Saturday', () => {
    // Opened Tuesday 29 September 2026; 1–7 October are holidays, Saturday 10 October is a workday.
    const { dueAt } = taskDeadlines('2026-09-29T02:00:00Z', limit(3, 'working_days'));
    expect(dueAt).toBe('2026-10-09T16:00:00.000Z');
  });

  it('count calendar days when asked to', () => {
    expect(taskDeadlines('2026-09-29T02:00:00Z', limit(3, 'calendar_days')).dueAt).toBe(
      '2026-10-02T16:00:00.000Z',
    );
  });

  it('take the opening day in Beijing time, not UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Beijing.
    expect(taskDeadlines('2026-03-01T23:30:00Z', limit(1, 'calendar_days')).dueAt).toBe(
      '2026-03-03T16:00:00.000Z',
    );
  });

  it('never remind before the task opened', () => {
    expect(taskDeadlines('2026-03-02T01:00:00Z', limit(1, 'working_days', 5)).remindAt).toBe(
      '2026-03-01T16:00:00.000Z',
    );
  });
});
