import type { FieldProblem } from '@bastion/shared-contracts';
import {
  codeParams,
  type ComposedTextRef,
  errorStatus,
  type MessageParams,
  type RefusalParams,
  refusalReason,
} from '@bastion/messages';

/** A problem with one field; a rule's problem carries its reason by key, worded in the caller's language. */
export type DomainFieldProblem = FieldProblem & { readonly reason?: ComposedTextRef };

/**
 * A refusal the caller can act on. Each module subclasses it with its own code enum; the HTTP
 * filter turns it into `{ code, message, details, params }`, the message worded by the catalogue
 * of `@bastion/messages` in the caller's language. The code's status is the catalogue's (one
 * status per code in every service); the status given here stands only for a code it lacks.
 * The message given here is the service's own, more specific sentence: the answer carries it as
 * `reason`, and it stands in for the catalogue's text only for a code the catalogue lacks. A
 * rule's refusal carries its reason by key among its params (`ruleRefusal`): the answer then
 * words the reason, too, in the caller's language.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: string,
    message: string,
    status: number,
    readonly details?: DomainFieldProblem[],
    /** More of the body a client acts on, beside the common fields (which it never replaces). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
    this.status = errorStatus(code) ?? status;
  }

  /** What the catalogue's text names (who, when, how many), carried in `extra.params`. */
  get params(): MessageParams {
    return codeParams(this.extra?.['params']);
  }

  /** The rule's reason by key, where the refusal carries one among its params. */
  get reason(): ComposedTextRef | undefined {
    return refusalReason(this.extra?.['params']);
  }
}

export class ValidationError extends DomainError {
  constructor(details: FieldProblem[], message = 'Some fields are not valid; see the marked fields.') {
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
  /** `params` may carry a rule's reason by key (`ruleRefusal`), worded in the caller's language. */
  constructor(message = 'You do not have the right to do this.', params?: RefusalParams) {
    super('FORBIDDEN', message, 403, undefined, params ? { params } : undefined);
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
