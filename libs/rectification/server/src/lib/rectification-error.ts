import type { FieldProblem } from '@bastion/shared-contracts';
import { type PaperProblem, RectificationErrorCode } from '@bastion/rectification-contracts';
import { DomainError } from '@bastion/platform-http';

/** How each refusal of the item and batch workflows answers over HTTP. */
export const REFUSAL_STATUS: Record<string, number> = {
  [RectificationErrorCode.WrongState]: 409,
  [RectificationErrorCode.NotAllowed]: 403,
  [RectificationErrorCode.BadDate]: 400,
  [RectificationErrorCode.ExtensionTooLate]: 409,
  [RectificationErrorCode.Pending]: 409,
  [RectificationErrorCode.TooSoon]: 429,
  [RectificationErrorCode.NoEvidence]: 409,
  [RectificationErrorCode.BadLink]: 400,
};

/** A refusal by the rectification service, with one of its own codes. */
export class RectificationError extends DomainError {
  constructor(
    code: RectificationErrorCode,
    message: string,
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
      `The paper record has ${problems.length} problem(s) the rules refuse; nothing was started.`,
      422,
      problems.map((p) => ({ field: p.field, problem: p.problem })),
      { problems },
    );
  }
}
