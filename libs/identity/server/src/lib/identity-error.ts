import { type IdentityErrorCode } from '@bastion/identity-contracts';
import type { ComposedTextRef } from '@bastion/messages';
import { DomainError, type DomainFieldProblem, type Reason } from '@bastion/platform-http';

/** A refusal by the identity service, with one of its own codes. */
export class IdentityError extends DomainError {
  constructor(
    code: IdentityErrorCode,
    message: Reason,
    status: number,
    details?: DomainFieldProblem[],
    /** What the catalogue's text for the code names. */
    params?: Record<string, string | number>,
  ) {
    super(code, message, status, details, params ? { params } : undefined);
  }

  /**
   * One field's problem. Given the rule's reason by key, the answer words both the reason and the
   * field's problem in the caller's language; else the problem is one of the fixed phrases the
   * catalogue translates (`field-problems.json`), and `field: problem` reaches an English caller.
   */
  static invalid(
    code: IdentityErrorCode,
    field: string,
    problem: string,
    reason?: ComposedTextRef,
  ): IdentityError {
    return new IdentityError(code, reason ?? `${field}: ${problem}`, 400, [{ field, problem, reason }]);
  }

  static stale(): IdentityError {
    return new IdentityError(
      'STALE_VERSION',
      'Someone else changed this record; reload it and try again.',
      409,
    );
  }
}
