import { Context } from '@temporalio/activity';
import type { ApprovalLocalActivities } from '@bastion/approvals-rules';
import type { ClosingWithParent } from '../requests/closing-with-parent.service';
import type { ApprovalWriter } from './approval-writer';

/**
 * The local activities the approvals worker offers the approval workflow besides the holiday
 * calendar every worker offers, each a thin call into a service Nest built. The request's row remembers which workflow runs it, so that actions can
 * reach it: the persisting workflow names itself through the activity context.
 */
export function approvalsActivities(
  writer: ApprovalWriter,
  closing: ClosingWithParent,
): Omit<ApprovalLocalActivities, 'holidayCalendar'> {
  return {
    persistApproval: (batch) => {
      const execution = Context.current().info.workflowExecution;
      if (!execution) throw new Error('persistApproval runs only for a workflow');
      return writer.persist(batch, execution.workflowId);
    },
    closeWithParent: ({ requestId, parentWorkflowId }) => closing.close(requestId, parentWorkflowId),
  };
}
