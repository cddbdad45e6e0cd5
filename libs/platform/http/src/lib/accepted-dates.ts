import type { NextFunction, Request, Response } from 'express';
import type { FieldProblem } from '@bastion/shared-contracts';
import { ValidationError } from './domain-error';

/** The dates a service accepts in requests, `YYYY-MM-DD` both ends included (DATE_MIN, DATE_MAX). */
export interface DateRange {
  min: string;
  max: string;
}

// A date or an instant, as the contracts' localDateSchema and instantSchema take them.
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The paths of every date in a parsed body or query that lies outside `range`. The contracts
 * already refuse dates outside the widest range; this is where an installation's narrower one
 * applies. Any string shaped like a date counts, since a query or body is checked here before
 * its contract tells which fields are dates.
 */
export function datesOutside(value: unknown, range: DateRange, prefix = ''): string[] {
  if (typeof value === 'string') {
    if (!DATE_SHAPED.test(value)) return [];
    const day = value.slice(0, 10);
    return day < range.min || day > range.max ? [prefix || '(body)'] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => datesOutside(item, range, join(prefix, String(i))));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => datesOutside(item, range, join(prefix, key)));
  }
  return [];
}

/** Refuses a request whose query or JSON body holds a date outside the installation's range. */
export function acceptedDates(range: DateRange) {
  if (range.min > range.max) {
    throw new Error(`DATE_MAX (${range.max}) is before DATE_MIN (${range.min}).`);
  }
  const problem = `must be between ${range.min} and ${range.max}`;
  return (request: Request, _response: Response, next: NextFunction): void => {
    const fields = [...datesOutside(request.query, range), ...datesOutside(request.body, range)];
    if (fields.length === 0) return next();
    next(new ValidationError(fields.map((field): FieldProblem => ({ field, problem }))));
  };
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
