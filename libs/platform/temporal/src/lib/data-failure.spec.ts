import { ApplicationFailure } from '@temporalio/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { classifyActivityError, DataFailureType, dataFailureTypeOf } from './data-failure';

/** A driver error as pg raises it for a statement PostgreSQL refused with `code`. */
function pgError(code: string, message = 'refused', fields: Partial<DatabaseError> = {}): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  return Object.assign(error, { code, ...fields });
}

function queryFailed(
  code: string,
  message = 'refused',
  fields: Partial<DatabaseError> = {},
): QueryFailedError {
  return new QueryFailedError('INSERT INTO x VALUES ($1)', ['v'], pgError(code, message, fields));
}

describe('a failure caused by data is not retried', () => {
  it.each([
    ['23505', DataFailureType.UniqueViolation],
    ['23503', DataFailureType.ForeignKeyViolation],
    ['23502', DataFailureType.NotNullViolation],
    ['23514', DataFailureType.CheckViolation],
    ['23P01', DataFailureType.ConstraintViolation],
    ['22021', DataFailureType.InvalidEncoding],
    ['22P05', DataFailureType.InvalidEncoding],
    ['22001', DataFailureType.InvalidValue],
    ['22007', DataFailureType.InvalidValue],
    ['22P02', DataFailureType.InvalidValue],
  ])('SQLSTATE %s from TypeORM is %s, non-retryable', (code, type) => {
    const failure = classifyActivityError(queryFailed(code));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type, nonRetryable: true });
  });

  it('reads the driver error itself as well as one wrapped by TypeORM', () => {
    expect(dataFailureTypeOf(pgError('23505'))).toBe(DataFailureType.UniqueViolation);
  });

  it('names the constraint and keeps the original error as the cause', () => {
    const original = queryFailed('23505', 'duplicate key value violates unique constraint "thing_name"', {
      table: 'thing',
      constraint: 'thing_name',
    });
    const failure = classifyActivityError(original) as ApplicationFailure;
    expect(failure.message).toContain('thing / thing_name');
    expect(failure.message).toContain('[23505]');
    expect(failure.cause).toBe(original);
  });

  it('an activity input that fails its schema is a validation failure naming the field', () => {
    const result = z.object({ title: z.string().min(1) }).safeParse({ title: '' });
    const failure = classifyActivityError(result.error) as ApplicationFailure;
    expect(failure).toMatchObject({ type: DataFailureType.Validation, nonRetryable: true });
    expect(failure.message).toContain('title');
  });
});

describe('a transient failure stays retryable', () => {
  it.each([
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
    ['08006', 'connection failure'],
    ['57P01', 'administrator shutdown'],
    ['53300', 'too many connections'],
  ])('SQLSTATE %s (%s) is passed on unchanged', (code) => {
    const error = queryFailed(code);
    expect(dataFailureTypeOf(error)).toBeUndefined();
    expect(classifyActivityError(error)).toBe(error);
  });

  it('a refused connection is passed on unchanged', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(classifyActivityError(refused)).toBe(refused);
  });

  it('a plain error and a non-error are passed on unchanged', () => {
    const plain = new Error('upstream timed out');
    expect(classifyActivityError(plain)).toBe(plain);
    expect(classifyActivityError('text')).toBe('text');
    expect(classifyActivityError(null)).toBeNull();
  });

  it('a failure the activity typed itself keeps its own type and retry decision', () => {
    const own = ApplicationFailure.create({ type: 'NOT_FOUND', message: 'gone', nonRetryable: true });
    expect(classifyActivityError(own)).toBe(own);
    const retryable = ApplicationFailure.retryable('try again', 'BUSY');
    expect(classifyActivityError(retryable)).toBe(retryable);
  });
});
