import type { FieldProblem } from '@bastion/shared-contracts';
import type { ApprovalsErrorCode } from '@bastion/approvals-contracts';
import { composedText, type RefusalParams } from '@bastion/messages';
import { DomainError, type Reason } from '@bastion/platform-http';

/** A refusal by the approvals service, with one of its own codes. */
export class ApprovalsError extends DomainError {
  constructor(
    code: ApprovalsErrorCode,
    message: Reason,
    status: number,
    details?: FieldProblem[],
    /** What the code's text names, and the rule's reason by key (`reason`). */
    params?: RefusalParams,
  ) {
    super(code, message, status, details, params ? { params } : undefined);
  }

  static stale(): ApprovalsError {
    return new ApprovalsError('STALE_VERSION', composedText('approvals.service.template_changed'), 409);
  }

  static attachment(field: string, problem: string): ApprovalsError {
    return new ApprovalsError('INVALID_ATTACHMENT', `${field}: ${problem}`, 400, [{ field, problem }]);
  }
}
