import type { FieldProblem } from '@bastion/shared-contracts';
import {
  codeParams,
  composedText,
  type ComposedTextRef,
  errorStatus,
  type MessageParams,
  type RecordNoun,
  type RefusalParams,
  refusalReason,
  renderText,
} from '@bastion/messages';

/**
 * Why a service refuses, beyond its code: a text of the catalogue by key (`composedText`), worded
 * in the caller's language; or a sentence of its own, which the log keeps and only a caller
 * reading the language it is written in hears.
 */
export type Reason = string | ComposedTextRef;

/** A problem with one field; a rule's problem carries its reason by key, worded in the caller's language. */
export type DomainFieldProblem = FieldProblem & { readonly reason?: ComposedTextRef };

/**
 * A refusal the caller can act on. Each module subclasses it with its own code enum; the HTTP
 * filter turns it into `{ code, message, details, params }`, the message worded by the catalogue
 * of `@bastion/messages` in the caller's language. The code's status is the catalogue's (one
 * status per code in every service); the status given here stands only for a code it lacks.
 * The reason given here is the service's own, more specific one, by key (`composedText`, from the
 * catalogue's `*-refusals.json`): it is carried among the params like a rule's reason
 * (`ruleRefusal`), the error's message is its English (for the log), and the answer words it as
 * `reason` in the caller's language. A sentence given instead of a key reaches only a caller of
 * the language it is written in.
 */
export class DomainError extends Error {
  readonly status: number;
  /** More of the body a client acts on, beside the common fields (which it never replaces). */
  readonly extra?: Record<string, unknown>;

  constructor(
    readonly code: string,
    /** The service's own reason: a text of the catalogue by key, or a sentence for the log and an English caller. */
    reason: Reason,
    status: number,
    readonly details?: DomainFieldProblem[],
    extra?: Record<string, unknown>,
  ) {
    super(typeof reason === 'string' ? reason : renderText(reason, 'en-US'));
    this.name = new.target.name;
    this.status = errorStatus(code) ?? status;
    const carried = extra?.['params'] as RefusalParams | undefined;
    this.extra = typeof reason === 'string' ? extra : { ...extra, params: { ...carried, reason } };
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
  constructor(
    details: FieldProblem[],
    message: Reason = 'Some fields are not valid; see the marked fields.',
  ) {
    super('VALIDATION_FAILED', message, 400, details);
  }
}

/** A record the service could not find, named in the caller's language by its `record.noun.*` text. */
export class NotFoundError extends DomainError {
  constructor(what: RecordNoun = 'record') {
    super('NOT_FOUND', composedText('record.not_found', { what: composedText(`record.noun.${what}`) }), 404);
  }
}

/**
 * A record exists but lies outside the caller's scope. The caller sees the same 404 as for a
 * missing record, so ids cannot be probed; the audit trail still sees the refusal.
 */
export class OutOfScopeError extends NotFoundError {}

export class ForbiddenError extends DomainError {
  /** `params` may carry a rule's reason by key (`ruleRefusal`), worded in the caller's language. */
  constructor(message: Reason = 'You do not have the right to do this.', params?: RefusalParams) {
    super('FORBIDDEN', message, 403, undefined, params ? { params } : undefined);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: Reason = 'Sign in first.') {
    super('UNAUTHENTICATED', message, 401);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: Reason, details?: FieldProblem[]) {
    super(code, message, 409, details);
  }
}
