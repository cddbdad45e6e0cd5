import type { DeadlineRow } from '@bastion/development-contracts';

export const WINDOWS = [30, 90] as const;
export type Window = (typeof WINDOWS)[number];

export function windowFromParam(value: string | undefined): Window {
  return value === '90' ? 90 : 30;
}

/** A deadline past its date; a step that merely became allowed is never overdue. */
export function isOverdue(row: Pick<DeadlineRow, 'kind' | 'daysLeft'>): boolean {
  return row.kind === 'deadline' && row.daysLeft < 0;
}

/** The days to count down to, if any: a step already allowed shows its date alone, never as late. */
export function daysLeftShown(row: Pick<DeadlineRow, 'kind' | 'daysLeft'>): number | null {
  return row.kind === 'opens' && row.daysLeft <= 0 ? null : row.daysLeft;
}

/**
 * Overdue first, the longest overdue at the top, then what falls due soonest. The service sends
 * them so; a page keeps that order even if it arrives otherwise.
 */
export function byUrgency(rows: readonly DeadlineRow[]): DeadlineRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(isOverdue(b)) - Number(isOverdue(a)) ||
      a.daysLeft - b.daysLeft ||
      a.number.localeCompare(b.number),
  );
}
