import type { Stage } from '@bastion/approvals-contracts';
import { taskDeadlines } from '@bastion/approvals-rules';
import { WorkingCalendar as AdministeredCalendar } from '@bastion/platform-temporal';

export type StageTiming = Pick<Stage, 'timeLimit' | 'remindBefore'>;

/**
 * The working calendar every workflow service keeps (`@bastion/platform-temporal`), with the
 * deadlines of a stage's task on it: for the workflow's deadlines and the detail page's forecast
 * alike.
 */
export class WorkingCalendar extends AdministeredCalendar {
  deadlines(openedAt: string, stage: StageTiming): { dueAt?: string; remindAt?: string } {
    return taskDeadlines(openedAt, stage, this.calendar);
  }
}
