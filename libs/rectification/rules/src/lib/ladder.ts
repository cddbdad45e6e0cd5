import { addDays, chinaHolidayCalendar, type HolidayCalendar, parseLocalDate } from '@bastion/calendar';
import type { ItemRecord, ItemStatus, LadderConfig, LadderRung } from '@bastion/rectification-contracts';
import { amberFrom, guidanceDate } from './deadlines';

/**
 * 督办阶梯: the escalation ladder. The notice goes out when the item is assigned; the other rungs
 * run against the current deadline while the responsible organisation still owes its work
 * (assigned, plan under approval, in progress). Work submitted for acceptance stops the ladder;
 * a new deadline (extension, second round, reopening) starts the rungs after the notice again.
 */
export const LADDER_STATUSES: readonly ItemStatus[] = ['assigned', 'plan_approval', 'in_progress'];

export interface RungDue {
  rung: Exclude<LadderRung, 'notice'>;
  /** The date the rung becomes due. */
  on: string;
}

/**
 * The rungs of the current deadline, each with its date, in order:
 * - 阶段指导 guidance at `guidanceAtPercent` of the time, only while progress lags behind that share;
 * - 提醒书 reminder `remindWorkingDays` working days before the deadline;
 * - 告诫书 warning the day after the deadline (it sets the final deadline);
 * - 问责 accountability proposed the day after the final deadline.
 */
export function ladderRungs(
  item: Pick<ItemRecord, 'assignedOn' | 'deadline' | 'finalDeadline'>,
  ladder: LadderConfig,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): RungDue[] {
  if (item.deadline === null || item.assignedOn === null) return [];
  const rungs: RungDue[] = [
    { rung: 'guidance', on: guidanceDate(item.assignedOn, item.deadline, ladder) },
    { rung: 'reminder', on: amberFrom(item.deadline, ladder, calendar) },
    { rung: 'warning', on: addDays(parseLocalDate(item.deadline), 1) },
  ];
  if (item.finalDeadline !== null) {
    rungs.push({ rung: 'accountability', on: addDays(parseLocalDate(item.finalDeadline), 1) });
  }
  return rungs;
}

function firedAgainstDeadline(item: Pick<ItemRecord, 'ladder' | 'deadline'>, rung: LadderRung): boolean {
  return item.ladder.some((fired) => fired.rung === rung && fired.deadline === item.deadline);
}

/** Whether a rung applies to the item as it stands (guidance only while progress lags). */
function applies(
  item: Pick<ItemRecord, 'progressPercent'>,
  rung: RungDue['rung'],
  ladder: LadderConfig,
): boolean {
  return rung !== 'guidance' || item.progressPercent < ladder.guidanceAtPercent;
}

/** The rungs that fire now: due by `today`, not yet fired against this deadline, and applying. */
export function dueRungs(
  item: ItemRecord,
  ladder: LadderConfig,
  today: string,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): RungDue[] {
  if (!LADDER_STATUSES.includes(item.status)) return [];
  return ladderRungs(item, ladder, calendar).filter(
    (r) => r.on <= today && !firedAgainstDeadline(item, r.rung) && applies(item, r.rung, ladder),
  );
}

/** The next date a rung may fire after `today`, for the workflow's timer; null when none is left. */
export function nextRungDate(
  item: ItemRecord,
  ladder: LadderConfig,
  today: string,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): string | null {
  if (!LADDER_STATUSES.includes(item.status)) return null;
  const coming = ladderRungs(item, ladder, calendar)
    .filter((r) => r.on > today && !firedAgainstDeadline(item, r.rung))
    .map((r) => r.on)
    .sort();
  return coming[0] ?? null;
}
