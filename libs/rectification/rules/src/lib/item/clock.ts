import { addDays, type HolidayCalendar, parseLocalDate } from '@bastion/calendar';
import type { ItemRecord, SourceConfig } from '@bastion/rectification-contracts';
import { finalDeadline, nextReportDue } from '../deadlines';
import { dueRungs, nextRungDate } from '../ladder';
import { transition } from './transitions';

export interface ClockContext {
  now: string;
  today: string;
  config: SourceConfig;
  calendar: HolidayCalendar;
}

/**
 * What time alone does to an item on `today`: the ladder's rungs that are due fire (a warning
 * sets the final deadline, so accountability may follow on a later day), and a long-term item
 * whose periodic progress report is due gets a reminder. Every such step is automatic.
 */
export function applyClock(item: ItemRecord, ctx: ClockContext): ItemRecord {
  let next = item;
  for (const due of dueRungs(next, ctx.config.ladder, ctx.today, ctx.calendar)) {
    const fired = { rung: due.rung, on: ctx.today, deadline: next.deadline! };
    const changes: Partial<ItemRecord> = { ladder: [...next.ladder, fired] };
    if (due.rung === 'warning')
      changes.finalDeadline = finalDeadline(next.deadline!, ctx.config.ladder, ctx.calendar);
    next = transition(
      next,
      {
        kind: due.rung,
        actor: null,
        at: ctx.now,
        ...(changes.finalDeadline ? { deadline: changes.finalDeadline } : {}),
      },
      changes,
    );
  }
  const longTerm = next.longTerm;
  if (longTerm && next.status === 'in_progress' && ctx.today > longTerm.nextReportDue) {
    next = transition(
      next,
      { kind: 'report_due', actor: null, at: ctx.now, deadline: longTerm.nextReportDue },
      {
        longTerm: {
          ...longTerm,
          nextReportDue: nextReportDue(longTerm.nextReportDue, longTerm.reportEveryMonths),
        },
      },
    );
  }
  return next;
}

/** The next date (after today) on which time will do something to the item, for the workflow's timer. */
export function nextClockDate(item: ItemRecord, ctx: Omit<ClockContext, 'now'>): string | null {
  const dates = [nextRungDate(item, ctx.config.ladder, ctx.today, ctx.calendar)];
  // The report is overdue from the day after its due date.
  if (item.longTerm && item.status === 'in_progress')
    dates.push(addDays(parseLocalDate(item.longTerm.nextReportDue), 1));
  const coming = dates.filter((d): d is string => d !== null).sort();
  return coming[0] ?? null;
}
