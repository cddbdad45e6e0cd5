import type { FieldProblem } from '@bastion/shared-contracts';
import { type PaperProblem, RectificationErrorCode } from '@bastion/rectification-contracts';
import { composedText } from '@bastion/messages';
import { DomainError, type Reason } from '@bastion/platform-http';

/** The refusals the item and batch workflows give; each answers with its catalogue status. */
export const WORKFLOW_REFUSALS: ReadonlySet<string> = new Set([
  RectificationErrorCode.WrongState,
  RectificationErrorCode.NotAllowed,
  RectificationErrorCode.BadDate,
  RectificationErrorCode.ExtensionTooLate,
  RectificationErrorCode.Pending,
  RectificationErrorCode.TooSoon,
  RectificationErrorCode.NoEvidence,
  RectificationErrorCode.BadLink,
]);

/** A refusal by the rectification service, with one of its own codes. */
export class RectificationError extends DomainError {
  constructor(
    code: RectificationErrorCode,
    message: Reason,
    status: number,
    details?: FieldProblem[],
    extra?: Record<string, unknown>,
  ) {
    super(code, message, status, details, extra);
  }

  /** A paper record the rules refuse: every problem, by its step and field; nothing was started. */
  static migrationInvalid(problems: PaperProblem[]): RectificationError {
    return new RectificationError(
      RectificationErrorCode.MigrationInvalid,
      composedText('rectification.service.migration_invalid', { count: problems.length }),
      422,
      problems.map((p) => ({ field: p.field, problem: p.problem })),
      { problems },
    );
  }
}
