import type { FieldProblem } from '@bastion/shared-contracts';
import { DevelopmentErrorCode, type MigrationProblem, type Refusal } from '@bastion/development-contracts';
import { DomainError } from '@bastion/platform-http';

/** How each refusal of the rules and the case workflow answers over HTTP. */
export const REFUSAL_STATUS: Record<DevelopmentErrorCode, number> = {
  [DevelopmentErrorCode.WrongStep]: 409,
  [DevelopmentErrorCode.Pending]: 409,
  [DevelopmentErrorCode.CaseExists]: 409,
  [DevelopmentErrorCode.BadDate]: 422,
  [DevelopmentErrorCode.RuleBreach]: 422,
  [DevelopmentErrorCode.MigrationInvalid]: 422,
  [DevelopmentErrorCode.NotAllowed]: 403,
  [DevelopmentErrorCode.NotReady]: 503,
  [DevelopmentErrorCode.VotersNotOnRoll]: 422,
  [DevelopmentErrorCode.ApprovalLate]: 422,
  [DevelopmentErrorCode.ApprovalLapsed]: 422,
  [DevelopmentErrorCode.ApproverNotAuthorised]: 422,
  [DevelopmentErrorCode.AccountNotAPerson]: 403,
  [DevelopmentErrorCode.Ended]: 409,
};

/** A refusal by the development service, with one of its own codes. */
export class DevelopmentError extends DomainError {
  constructor(
    code: DevelopmentErrorCode,
    message: string,
    status = REFUSAL_STATUS[code],
    details?: FieldProblem[],
    extra?: Record<string, unknown>,
  ) {
    super(code, message, status, details, extra);
  }

  /** A rule's refusal, in the rule's words. */
  static of(refusal: Refusal): DevelopmentError {
    return new DevelopmentError(
      refusal.code,
      refusal.message,
      REFUSAL_STATUS[refusal.code],
      undefined,
      refusal.params ? { params: refusal.params } : undefined,
    );
  }

  /** A paper record the rules refuse: every problem, by the index of its step (-1: the application). */
  static migrationInvalid(problems: MigrationProblem[]): DevelopmentError {
    return new DevelopmentError(
      DevelopmentErrorCode.MigrationInvalid,
      `The paper record has ${problems.length} step(s) the rules refuse; nothing was started.`,
      422,
      problems.map((p) => ({
        field: p.index < 0 ? 'applicationDate' : `steps.${p.index}`,
        problem: p.problem,
      })),
      { problems },
    );
  }
}
