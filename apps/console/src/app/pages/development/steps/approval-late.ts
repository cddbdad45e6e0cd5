import { addMonths, parseLocalDate } from '@bastion/calendar';
import type { CaseRecord } from '@bastion/development-contracts';
import { NATIONAL_2014 } from '@bastion/development-contracts';

/**
 * Whether the approval is asked for past the ordinary period after the admission meeting
 * (第二十六条: 3 months; up to 6 with a recorded reason). The case's own approval clock is the
 * authority; without one, the national figure from the meeting date.
 */
export function approvalIsLate(record: Pick<CaseRecord, 'clocks' | 'dates'>, today: string): boolean {
  const clock = record.clocks.find((c) => c.key === 'approval' && c.kind === 'deadline');
  if (clock) return today > clock.due;
  const meeting = record.dates.admissionMeeting;
  if (!meeting) return false;
  return today > addMonths(parseLocalDate(meeting), NATIONAL_2014.approvalWithinMonths);
}

/** The same for the conversion decision: 3 months from the conversion meeting, up to 6 with a recorded reason. */
export function conversionApprovalIsLate(record: Pick<CaseRecord, 'clocks' | 'dates'>, today: string): boolean {
  const clock = record.clocks.find((c) => c.key === 'conversion_approval' && c.kind === 'deadline');
  if (clock) return today > clock.due;
  const meeting = record.dates.conversionMeeting;
  if (!meeting) return false;
  return today > addMonths(parseLocalDate(meeting), NATIONAL_2014.conversionApprovalWithinMonths);
}
