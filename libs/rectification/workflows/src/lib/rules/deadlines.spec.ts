import { config } from '../../testing/fixtures';
import {
  amberFrom,
  daysLeft,
  finalDeadline,
  guidanceDate,
  lookBackDue,
  nextReportDue,
  reportDeadline,
  secondRoundDeadline,
} from './deadlines';

describe('the report deadline (整改报告报送期限)', () => {
  it('is two months after feedback for an inspection tour (巡视)', () => {
    expect(reportDeadline('2026-01-31', { reportDeadlineMonths: 2 })).toBe('2026-03-31');
  });

  it('is three months after feedback for an inspection patrol (巡察), clamped to the month end', () => {
    expect(reportDeadline('2025-11-30', { reportDeadlineMonths: 3 })).toBe('2026-02-28');
  });

  it('is not moved off a weekend or holiday: month deadlines stay where they land', () => {
    expect(reportDeadline('2026-08-01', { reportDeadlineMonths: 2 })).toBe('2026-10-01');
  });
});

describe('the reminder window (提醒书, amber)', () => {
  it('opens five working days before the deadline by default', () => {
    expect(config.ladder.remindWorkingDays).toBe(5);
    expect(amberFrom('2026-03-20', config.ladder)).toBe('2026-03-13');
  });

  it('counts the make-up Saturday after National Day and skips the holiday week', () => {
    expect(amberFrom('2026-10-12', config.ladder)).toBe('2026-09-29');
  });

  it('skips the Spring Festival', () => {
    expect(amberFrom('2026-02-26', { remindWorkingDays: 3 })).toBe('2026-02-14');
  });
});

describe('the final deadline of a warning (告诫书)', () => {
  it('gives ten working days from the day after the missed deadline', () => {
    expect(finalDeadline('2026-03-20', config.ladder)).toBe('2026-04-03');
  });

  it('runs through the National Day week and its make-up Saturday', () => {
    expect(finalDeadline('2026-09-30', config.ladder)).toBe('2026-10-20');
  });
});

describe('the second round (二次整改)', () => {
  it('gets twenty working days from the failed acceptance by default, the Dragon Boat Festival skipped', () => {
    expect(config.secondRoundWorkingDays).toBe(20);
    expect(secondRoundDeadline('2026-06-01', config)).toBe('2026-06-30');
  });

  it('does not count the Spring Festival but counts its make-up Saturdays', () => {
    expect(secondRoundDeadline('2026-02-13', config)).toBe('2026-03-19');
  });
});

describe('the look-back (回头看)', () => {
  it('is due six months after closing by default', () => {
    expect(lookBackDue('2026-03-15', config)).toBe('2026-09-15');
  });

  it('clamps to the month end', () => {
    expect(lookBackDue('2026-08-31', config)).toBe('2027-02-28');
  });
});

describe('lagging-progress guidance (阶段指导)', () => {
  it('is due halfway between assignment and deadline by default', () => {
    expect(guidanceDate('2026-03-02', '2026-05-01', config.ladder)).toBe('2026-04-01');
  });

  it('rounds down to a whole day', () => {
    expect(guidanceDate('2026-03-02', '2026-03-05', config.ladder)).toBe('2026-03-03');
  });

  it('falls on the assignment day when the deadline is the same day', () => {
    expect(guidanceDate('2026-03-02', '2026-03-02', config.ladder)).toBe('2026-03-02');
  });
});

describe('long-term items', () => {
  it('report progress every N months', () => {
    expect(nextReportDue('2026-01-31', 1)).toBe('2026-02-28');
    expect(nextReportDue('2026-01-31', 3)).toBe('2026-04-30');
  });
});

describe('days left', () => {
  it('counts to the deadline, zero on the day, negative once overdue', () => {
    expect(daysLeft('2026-03-20', '2026-03-10')).toBe(10);
    expect(daysLeft('2026-03-20', '2026-03-20')).toBe(0);
    expect(daysLeft('2026-03-20', '2026-03-22')).toBe(-2);
    expect(daysLeft(null, '2026-03-22')).toBeNull();
  });
});
