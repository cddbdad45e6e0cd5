import type { FieldProblem } from '@bastion/shared-contracts';
import { DevelopmentErrorCode, type MigrationProblem, type Refusal } from '@bastion/development-contracts';
import { errorStatus, refusalReason } from '@bastion/messages';
import { DomainError } from '@bastion/platform-http';

const developmentCodes: ReadonlySet<string> = new Set(Object.values(DevelopmentErrorCode));

/** Whether a workflow failure's type is one of the development service's refusals. */
export function isDevelopmentErrorCode(code: string): code is DevelopmentErrorCode {
  return developmentCodes.has(code);
}

/** A refusal by the development service, with one of its own codes. */
export class DevelopmentError extends DomainError {
  constructor(
    code: DevelopmentErrorCode,
    message: string,
    // The catalogue's status for the code, the same in every service.
    status = errorStatus(code) ?? 500,
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
      undefined,
      undefined,
      refusal.params ? { params: refusal.params } : undefined,
    );
  }

  /** A paper record the rules refuse: every problem, by the index of its step (-1: the application). */
  static migrationInvalid(problems: MigrationProblem[]): DevelopmentError {
    return new DevelopmentError(
      DevelopmentErrorCode.MigrationInvalid,
      `The paper record has ${problems.length} step(s) the rules refuse; nothing was started.`,
      undefined,
      problems.map((p) => ({
        field: p.index < 0 ? 'applicationDate' : `steps.${p.index}`,
        problem: p.problem,
        // The rule's reason by key: the answer words the problem in the caller's language.
        reason: refusalReason(p.params),
      })),
      { problems },
    );
  }
}
