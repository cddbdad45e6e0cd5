import { type HolidayCalendar, isProvisionalDeadline, parseLocalDate } from '@bastion/calendar';
import type { BatchRecord } from '@bastion/rectification-contracts';

/**
 * The batch as shown: its report deadline is marked provisional while the working days between
 * the feedback and the deadline (the reminder is counted back from it) run through a year the
 * holiday calendar has no data for, and unmarked once every such year has data.
 */
export function withReportProvisionalMark<
  T extends Pick<BatchRecord, 'feedbackDate' | 'reportDeadline' | 'provisional'>,
>(batch: T, calendar: HolidayCalendar): T {
  const provisional = isProvisionalDeadline(
    parseLocalDate(batch.feedbackDate),
    parseLocalDate(batch.reportDeadline),
    calendar,
  );
  if (provisional === (batch.provisional === true)) return batch;
  const { provisional: _dropped, ...rest } = batch;
  return (provisional ? { ...rest, provisional: true } : rest) as T;
}
