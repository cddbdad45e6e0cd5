import { Context } from '@temporalio/activity';
import type { ApprovalLocalActivities } from '@bastion/approvals-rules';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ClosingWithParent } from '../requests/closing-with-parent.service';
import type { ApprovalWriter } from './approval-writer';

/**
 * The local activities the approvals worker offers the approval workflow, each a thin call into
 * a service Nest built. The request's row remembers which workflow runs it, so that actions can
 * reach it: the persisting workflow names itself through the activity context.
 */
export function approvalsActivities(
  writer: ApprovalWriter,
  calendar: WorkingCalendar,
  closing: ClosingWithParent,
): ApprovalLocalActivities {
  return {
    holidayCalendar: async () => calendar.years(),
    persistApproval: (batch) => {
      const execution = Context.current().info.workflowExecution;
      if (!execution) throw new Error('persistApproval runs only for a workflow');
      return writer.persist(batch, execution.workflowId);
    },
    closeWithParent: ({ requestId, parentWorkflowId }) => closing.close(requestId, parentWorkflowId),
  };
}
