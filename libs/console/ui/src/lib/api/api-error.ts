import { HttpErrorResponse } from '@angular/common/http';
import { errorBodySchema, type FieldProblem } from '@bastion/shared-contracts';

/** Codes the console gives to failures that never reached a service. */
export const ClientErrorCode = {
  Network: 'NETWORK',
  Unknown: 'UNKNOWN',
} as const;

/**
 * A failed call as the pages see it: the service's `{ code, message, details }` when it answered
 * with one, else a client-side code, so every page handles errors the same way.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldProblem[] = [],
    readonly correlationId?: string,
    /** What the message names (numbers, dates, names), for our own sentence for the code. */
    readonly params: Readonly<Record<string, string | number>> = {},
    /** The service's own, more specific sentence (the rule it cites), where it gave one. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    if (error instanceof HttpErrorResponse) {
      const body = errorBodySchema.safeParse(error.error);
      if (body.success) {
        const { code, message, details, correlationId, params, reason } = body.data;
        return new ApiError(error.status, code, message, details ?? [], correlationId, params ?? {}, reason);
      }
      // Status 0: the request never got an answer (server down, proxy refused, offline).
      const code = error.status === 0 ? ClientErrorCode.Network : ClientErrorCode.Unknown;
      return new ApiError(error.status, code, error.message);
    }
    return new ApiError(0, ClientErrorCode.Unknown, error instanceof Error ? error.message : String(error));
  }

  /** Problems reported for one input field. */
  problemsOf(field: string): string[] {
    return this.details.filter((d) => d.field === field).map((d) => d.problem);
  }
}
