import { chinaHolidayCalendar, createHolidayCalendar, shippedChinaHolidayData } from '@bastion/calendar';
import type { ItemRecord } from '@bastion/rectification-contracts';
import { initialItemRecord } from './item/initial-record';
import { config, itemInput, noon } from '../testing/fixtures';
import {
  amberFrom,
  daysLeft,
  finalDeadline,
  firstRound,
  fixedSecondRoundDeadline,
  guidanceDate,
  lookBackDue,
  nextReportDue,
  reportDeadline,
  SECOND_ROUND_MIN_WORKING_DAYS,
  secondRoundDeadline,
  secondRoundWorkingDays,
  withProvisionalMark,
} from './deadlines';

describe('the report deadline (整改报告报送期限)', () => {
  it.each([
    ['two months after feedback for an inspection tour (巡视)', '2026-01-31', 2, '2026-03-31'],
    [
      'three months after feedback for an inspection patrol (巡察), clamped to the month end',
      '2025-11-30',
      3,
      '2026-02-28',
    ],
    [
      'not moved off a weekend or holiday: month deadlines stay where they land',
      '2026-08-01',
      2,
      '2026-10-01',
    ],
  ])('is %s', (_rule, feedback, reportDeadlineMonths, due) => {
    expect(reportDeadline(feedback, { reportDeadlineMonths })).toBe(due);
  });
});

describe('the reminder window (提醒书, amber)', () => {
  it('is five working days by default', () => {
    expect(config.ladder.remindWorkingDays).toBe(5);
  });

  it.each([
    ['opens five working days before the deadline by default', '2026-03-20', config.ladder, '2026-03-13'],
    [
      'counts the make-up Saturday after National Day and skips the holiday week',
      '2026-10-12',
      config.ladder,
      '2026-09-29',
    ],
    ['skips the Spring Festival', '2026-02-26', { remindWorkingDays: 3 }, '2026-02-14'],
  ])('%s', (_rule, deadline, ladder, amber) => {
    expect(amberFrom(deadline, ladder)).toBe(amber);
  });
});

describe('the final deadline of a warning (告诫书)', () => {
  it.each([
    ['gives ten working days from the day after the missed deadline', '2026-03-20', '2026-04-03'],
    ['runs through the National Day week and its make-up Saturday', '2026-09-30', '2026-10-20'],
  ])('%s', (_rule, missed, last) => {
    expect(finalDeadline(missed, config.ladder)).toBe(last);
  });
});

describe('the second round (二次整改)', () => {
  const item = (assignedOn: string, deadline: string) => ({
    assignedOn,
    originalDeadline: deadline,
    deadline,
    transitions: [],
  });

  it("gets half of the first round's working days by default", () => {
    expect(config.secondRoundSharePercent).toBe(50);
    // 2026-03-02 → 2026-04-10: 28 working days (Qingming skipped); half is 14, from 2026-04-13
    // through the Labour Day holiday (1–5 May).
    expect(secondRoundWorkingDays(28, config)).toBe(14);
    expect(secondRoundDeadline('2026-04-13', item('2026-03-02', '2026-04-10'), config)).toBe('2026-05-06');
  });

  it('takes the share set for the source', () => {
    expect(secondRoundWorkingDays(40, { secondRoundSharePercent: 30 })).toBe(12);
    expect(secondRoundWorkingDays(40, { secondRoundSharePercent: 100 })).toBe(40);
  });

  it('gets at least five working days', () => {
    expect(SECOND_ROUND_MIN_WORKING_DAYS).toBe(5);
    expect(secondRoundWorkingDays(8, config)).toBe(5);
    expect(secondRoundDeadline('2026-03-18', item('2026-03-09', '2026-03-17'), config)).toBe('2026-03-25');
  });

  it('is never longer than the first round, even below five working days', () => {
    expect(secondRoundWorkingDays(3, config)).toBe(3);
    expect(secondRoundWorkingDays(3, { secondRoundSharePercent: 100 })).toBe(3);
    expect(secondRoundDeadline('2026-03-18', item('2026-03-09', '2026-03-12'), config)).toBe('2026-03-23');
  });

  it('is always shorter than or as long as the first round, whatever its length and share', () => {
    for (const share of [10, 33, 50, 75, 100])
      for (let first = 1; first <= 120; first += 1) {
        const days = secondRoundWorkingDays(first, { secondRoundSharePercent: share });
        expect(days).toBeLessThanOrEqual(first);
        expect(days).toBeGreaterThanOrEqual(Math.min(5, first));
      }
  });

  it('counts working days only: the Spring Festival does not shorten or lengthen it', () => {
    // 2026-02-02 → 2026-03-06: 20 working days (15–23 February off, 14 and 28 February worked).
    expect(secondRoundDeadline('2026-03-09', item('2026-02-02', '2026-03-06'), config)).toBe('2026-03-23');
  });

  it('measures the first round to the deadline in force when it ended, an approved extension included', () => {
    const extended = {
      ...item('2026-03-02', '2026-03-20'),
      deadline: '2026-04-30',
      transitions: [
        { kind: 'assign', deadline: '2026-03-20' },
        { kind: 'request_extension', deadline: '2026-04-30' },
        { kind: 'extension_approved', deadline: '2026-04-03' },
        { kind: 'acceptance_failed', deadline: '2026-04-10' },
        { kind: 'extension_approved', deadline: '2026-04-30' },
      ] as ItemRecord['transitions'],
    };
    expect(firstRound(extended)).toEqual({ from: '2026-03-02', to: '2026-04-03' });
  });

  it('before the share rule, was a fixed twenty working days from the failed acceptance', () => {
    expect(config.secondRoundWorkingDays).toBe(20);
    expect(fixedSecondRoundDeadline('2026-06-01', config)).toBe('2026-06-30');
    expect(fixedSecondRoundDeadline('2026-02-13', config)).toBe('2026-03-19');
  });
});

describe('the look-back (回头看)', () => {
  it.each([
    ['is due six months after closing by default', '2026-03-15', '2026-09-15'],
    ['clamps to the month end', '2026-08-31', '2027-02-28'],
  ])('%s', (_rule, closed, due) => {
    expect(lookBackDue(closed, config)).toBe(due);
  });
});

describe('lagging-progress guidance (阶段指导)', () => {
  it.each([
    ['is due halfway between assignment and deadline by default', '2026-05-01', '2026-04-01'],
    ['rounds down to a whole day', '2026-03-05', '2026-03-03'],
    ['falls on the assignment day when the deadline is the same day', '2026-03-02', '2026-03-02'],
  ])('%s', (_rule, deadline, guidance) => {
    expect(guidanceDate('2026-03-02', deadline, config.ladder)).toBe(guidance);
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

describe('a deadline in 2028, a year without holiday data', () => {
  // As a workflow builds its calendar: the years it has, weekdays in the others.
  const weekdays = chinaHolidayCalendar.withUncoveredYears('weekdays');
  const registered = () =>
    initialItemRecord(itemInput({ deadline: '2028-03-15' }), noon('2027-12-20'), weekdays);

  it('counts weekdays instead of failing, and marks the item provisional', () => {
    // Five working days before Wednesday 15 March 2028 on weekdays alone: Wednesday 8 March.
    const item = registered();
    expect(item.amberFrom).toBe('2028-03-08');
    expect(withProvisionalMark(item, weekdays).provisional).toBe(true);
    // The final deadline counts from the day after: Thursday 16 March, then five weekdays.
    expect(finalDeadline('2028-03-15', { finalGraceWorkingDays: 5 }, weekdays)).toBe('2028-03-23');
  });

  it('still fails on a calendar built to refuse guessing, which no workflow uses', () => {
    expect(() => amberFrom('2028-03-15', { remindWorkingDays: 5 }, chinaHolidayCalendar)).toThrow();
  });

  it('is no longer provisional once an administrator has added 2028', () => {
    const with2028 = createHolidayCalendar(
      [...shippedChinaHolidayData, { year: 2028, holidays: [], makeUpWorkdays: [] }],
      { uncoveredYears: 'weekdays' },
    );
    const marked = withProvisionalMark(registered(), weekdays);
    expect(withProvisionalMark(marked, with2028).provisional).toBeUndefined();
    expect('provisional' in withProvisionalMark(marked, with2028)).toBe(false);
  });

  it('leaves an item whose dates stay in years with data unmarked', () => {
    const item = initialItemRecord(itemInput({ deadline: '2027-03-15' }), noon('2026-12-20'), weekdays);
    expect(withProvisionalMark(item, weekdays)).toBe(item);
  });
});
