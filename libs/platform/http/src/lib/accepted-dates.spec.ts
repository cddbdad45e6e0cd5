import type { NextFunction, Request, Response } from 'express';
import { acceptedDates, datesOutside } from './accepted-dates';
import { ValidationError } from './domain-error';

const range = { min: '1950-01-01', max: '2080-12-31' };

describe('dates outside the installation’s range', () => {
  it('names every date or instant before the first or after the last day, at any depth', () => {
    const body = {
      meetingDate: '1949-12-31',
      held: '2081-01-01T09:00:00+08:00',
      votes: [{ on: '2026-05-01' }, { on: '9999-12-31' }],
      title: 'Meeting of 1900-01-01',
    };
    expect(datesOutside(body, range)).toEqual(['meetingDate', 'held', 'votes.1.on']);
  });

  it('accepts both ends of the range and any text that is not only a date', () => {
    expect(
      datesOutside({ a: '1950-01-01', b: '2080-12-31T23:59:59Z', c: 'since 1800-01-01' }, range),
    ).toEqual([]);
  });

  it('refuses a request through the error filter with each field named', () => {
    const next = jest.fn<void, [unknown?]>();
    const request = { query: { from: '1800-01-01' }, body: { on: '2026-01-01' } } as unknown as Request;
    acceptedDates(range)(request, {} as Response, next as NextFunction);
    const error = next.mock.calls[0]?.[0] as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details).toEqual([{ field: 'from', problem: 'must be between 1950-01-01 and 2080-12-31' }]);
  });

  it('will not start with a range that ends before it begins', () => {
    expect(() => acceptedDates({ min: '2000-01-01', max: '1999-12-31' })).toThrow(
      /DATE_MAX .* is before DATE_MIN/,
    );
  });
});
