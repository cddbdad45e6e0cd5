import type { FieldProblem } from '@bastion/shared-contracts';

/**
 * A refusal the caller can act on. Each module subclasses it with its own code enum; the HTTP
 * filter turns it into `{ code, message, details }` with the status given here.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: FieldProblem[],
    /** More of the body a client acts on, beside the common fields (which it never replaces). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(details: FieldProblem[], message = 'The request is not valid.') {
    super('VALIDATION_FAILED', message, 400, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'The requested record') {
    super('NOT_FOUND', `${what} was not found.`, 404);
  }
}

/**
 * A record exists but lies outside the caller's scope. The caller sees the same 404 as for a
 * missing record, so ids cannot be probed; the audit trail still sees the refusal.
 */
export class OutOfScopeError extends NotFoundError {}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have the right to do this.') {
    super('FORBIDDEN', message, 403);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first.') {
    super('UNAUTHENTICATED', message, 401);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: FieldProblem[]) {
    super(code, message, 409, details);
  }
}
