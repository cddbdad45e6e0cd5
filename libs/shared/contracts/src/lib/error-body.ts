import { z } from 'zod';

/** One problem with one input field, as every service reports it. */
export const fieldProblemSchema = z.object({
  field: z.string(),
  problem: z.string(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** The body of every non-2xx response from every service. */
export const errorBodySchema = z.object({
  code: z.string(),
  /** The code's sentence from the one catalogue, in the caller's language (`Accept-Language`). */
  message: z.string(),
  /**
   * The service's own, more specific sentence where it says more than `message` (the rule it
   * cites, the record it names). A rule's reason travels by key and is worded in the caller's
   * language, like `message`; any other is given as the service words it.
   */
  reason: z.string().optional(),
  details: z.array(fieldProblemSchema).optional(),
  /** What the message names (who, when …), so a client can word it in its own language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  correlationId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Codes shared by all services; each domain adds its own. */
export const CommonErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Internal: 'INTERNAL',
} as const;
