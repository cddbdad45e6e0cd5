import type { FieldProblem } from '@bastion/shared-contracts';
import { type IdentityErrorCode } from '@bastion/identity-contracts';
import { DomainError } from '@bastion/platform-http';

/** A refusal by the identity service, with one of its own codes. */
export class IdentityError extends DomainError {
  constructor(
    code: IdentityErrorCode,
    message: string,
    status: number,
    details?: FieldProblem[],
    /** What the catalogue's text for the code names. */
    params?: Record<string, string | number>,
  ) {
    super(code, message, status, details, params ? { params } : undefined);
  }

  static invalid(code: IdentityErrorCode, field: string, problem: string): IdentityError {
    return new IdentityError(code, `${field}: ${problem}`, 400, [{ field, problem }]);
  }

  static stale(): IdentityError {
    return new IdentityError(
      'STALE_VERSION',
      'Someone else changed this record; reload it and try again.',
      409,
    );
  }
}
