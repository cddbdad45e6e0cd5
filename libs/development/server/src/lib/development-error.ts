import { DevelopmentErrorCode, type MigrationProblem, type Refusal } from '@bastion/development-contracts';
import {
  composedText,
  type ComposedTextRef,
  errorStatus,
  type RefusalParams,
  refusalReason,
} from '@bastion/messages';
import { DomainError, type DomainFieldProblem, type Reason } from '@bastion/platform-http';

const developmentCodes: ReadonlySet<string> = new Set(Object.values(DevelopmentErrorCode));

/** Whether a workflow failure's type is one of the development service's refusals. */
export function isDevelopmentErrorCode(code: string): code is DevelopmentErrorCode {
  return developmentCodes.has(code);
}

/**
 * Several rules' reasons as one, each after the first on its own; undefined unless every one is
 * carried by key (then the rules' own sentences stand, for the log and a caller of their language).
 */
export function reasonsOf(params: readonly (RefusalParams | undefined)[]): ComposedTextRef | undefined {
  const reasons = params.map(refusalReason);
  if (!reasons.length || reasons.some((reason) => !reason)) return undefined;
  const [first, ...rest] = reasons as ComposedTextRef[];
  if (!rest.length) return first;
  return composedText('development.service.reasons', {
    first: first!,
    rest: rest.map((reason) => composedText('development.service.another_reason', { reason })),
  });
}

/** A refusal by the development service, with one of its own codes. */
export class DevelopmentError extends DomainError {
  constructor(
    code: DevelopmentErrorCode,
    message: Reason,
    // The catalogue's status for the code, the same in every service.
    status = errorStatus(code) ?? 500,
    details?: DomainFieldProblem[],
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
      composedText('development.service.migration_invalid', { count: problems.length }),
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
