import { addMonths, parseLocalDate } from '@bastion/calendar';
import type { CaseRecord, ClockKey } from '@bastion/development-contracts';
import { NATIONAL_2014 } from '@bastion/development-contracts';
import type { StepType } from './step-types';

/**
 * The approvals asked for after a meeting, each within its ordinary period (第二十六条: 3 months
 * after the admission meeting, or after the conversion meeting; up to 6 with a recorded reason):
 * the case's clock that times it, the meeting it runs from, and the national figure.
 */
const PERIODS: Partial<
  Record<StepType, { clock: ClockKey; meeting: keyof CaseRecord['dates']; months: number }>
> = {
  submit_approval: {
    clock: 'approval',
    meeting: 'admissionMeeting',
    months: NATIONAL_2014.approvalWithinMonths,
  },
  submit_conversion_approval: {
    clock: 'conversion_approval',
    meeting: 'conversionMeeting',
    months: NATIONAL_2014.conversionApprovalWithinMonths,
  },
};

/**
 * Whether the approval the step asks for is asked for past its ordinary period, so a reason is
 * wanted. The case's own clock is the authority; without one, the national figure from the
 * meeting date. Any other step is never late.
 */
export function approvalIsLate(
  step: StepType,
  record: Pick<CaseRecord, 'clocks' | 'dates'>,
  today: string,
): boolean {
  const period = PERIODS[step];
  if (!period) return false;
  const clock = record.clocks.find((c) => c.key === period.clock && c.kind === 'deadline');
  if (clock) return today > clock.due;
  const meeting = record.dates[period.meeting];
  if (typeof meeting !== 'string') return false;
  return today > addMonths(parseLocalDate(meeting), period.months);
}
