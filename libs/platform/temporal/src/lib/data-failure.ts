import { ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';

/**
 * The failure types an activity reports when the data itself is at fault. Retrying cannot change
 * the data, so a workflow hears about each of these once instead of retrying it forever.
 */
export const DataFailureType = {
  UniqueViolation: 'DATA_UNIQUE_VIOLATION',
  ForeignKeyViolation: 'DATA_FOREIGN_KEY_VIOLATION',
  NotNullViolation: 'DATA_NOT_NULL_VIOLATION',
  CheckViolation: 'DATA_CHECK_VIOLATION',
  ConstraintViolation: 'DATA_CONSTRAINT_VIOLATION',
  InvalidEncoding: 'DATA_INVALID_ENCODING',
  InvalidValue: 'DATA_INVALID_VALUE',
  Validation: 'DATA_VALIDATION',
} as const;
export type DataFailureType = (typeof DataFailureType)[keyof typeof DataFailureType];

/** SQLSTATEs named for what they say about the data (PostgreSQL appendix A). */
const BY_SQLSTATE: Record<string, DataFailureType> = {
  '23505': DataFailureType.UniqueViolation,
  '23503': DataFailureType.ForeignKeyViolation,
  '23502': DataFailureType.NotNullViolation,
  '23514': DataFailureType.CheckViolation,
  // invalid byte sequence for the encoding, and a character with no equivalent in it
  '22021': DataFailureType.InvalidEncoding,
  '22P05': DataFailureType.InvalidEncoding,
};

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  driverError?: DatabaseErrorFields;
}

/**
 * The SQLSTATE of a database error, whether the driver's own (pg's DatabaseError) or wrapped in
 * TypeORM's QueryFailedError (which keeps the driver's error as `driverError`).
 */
function sqlStateOf(error: DatabaseErrorFields): { code: string; source: DatabaseErrorFields } | undefined {
  for (const candidate of [error.driverError, error]) {
    const code = candidate?.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, source: candidate! };
  }
  return undefined;
}

/**
 * Which data failure an error is, or undefined for anything else. Class 22 (data exception:
 * encoding, out-of-range and malformed values) and class 23 (integrity constraint violation) are
 * the data's fault. Other classes — connection failures (08), serialization failures (40001),
 * deadlocks (40P01), resource exhaustion (53), operator intervention (57) — may pass on a retry.
 */
export function dataFailureTypeOf(error: unknown): DataFailureType | undefined {
  if (error instanceof ZodError) return DataFailureType.Validation;
  if (typeof error !== 'object' || error === null) return undefined;
  const state = sqlStateOf(error as DatabaseErrorFields);
  if (!state) return undefined;
  const named = BY_SQLSTATE[state.code];
  if (named) return named;
  if (state.code.startsWith('23')) return DataFailureType.ConstraintViolation;
  if (state.code.startsWith('22')) return DataFailureType.InvalidValue;
  return undefined;
}

function describe(error: Error, type: DataFailureType): string {
  if (error instanceof ZodError) {
    const problems = error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
    return `Invalid activity input: ${problems.join('; ')}`;
  }
  const state = sqlStateOf(error as DatabaseErrorFields);
  const where = [state?.source.table, state?.source.column, state?.source.constraint]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' / ');
  return `${error.message}${where ? ` (${where})` : ''} [${state?.code ?? type}]`;
}

/**
 * What an activity should report for an error: a data failure becomes a non-retryable
 * ApplicationFailure typed with its DataFailureType (the original error kept as its cause);
 * anything else — transient failures, and failures the activity already typed — is returned as is,
 * so the activity's retry policy applies to it.
 */
export function classifyActivityError(error: unknown): unknown {
  if (error instanceof ApplicationFailure) return error;
  const type = dataFailureTypeOf(error);
  if (!type) return error;
  const cause = error as Error;
  return ApplicationFailure.create({
    type,
    message: describe(cause, type),
    nonRetryable: true,
    cause,
  });
}
