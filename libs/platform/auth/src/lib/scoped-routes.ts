import { Delete, Get, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  CallerLanguage,
  Returns,
  ReturnsNothing,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@bastion/platform-http';
import { createdSchema, idSchema } from '@bastion/shared-contracts';
import { CurrentUser } from './auth-request';

// The kinds of route every service's controllers are made of, each declared once: its verb and
// path, its OpenAPI response, and its leading parameters in a fixed order, the caller first. A
// handler takes those parameters undecorated, in that order, and may add decorated ones after
// them (`@Meta()`, …); a route `inLanguage` ends its leading ones with the caller's language. The
// caller's scope is checked by the service the handler calls, never by the route.

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';
const verbs = { get: Get, post: Post, put: Put, patch: Patch, delete: Delete };

/** What a route answers: a contract schema (200 unless `status` says otherwise), or `null` for 204 with no body. */
export type Answer = z.ZodType | null;

/** A path parameter other than the record's `id` (a uuid). */
export type PathParam = readonly [name: string, schema: z.ZodType];
const RECORD_ID: PathParam = ['id', idSchema];

/** What a route on one record may add: another path parameter, and the caller's language last. */
export interface RecordRouteOptions {
  param?: PathParam;
  inLanguage?: boolean;
}

/** The leading parameters, with the caller's language (`Accept-Language`) after them when asked for. */
function leading(params: ParameterDecorator[], options: RecordRouteOptions): ParameterDecorator[] {
  return options.inLanguage ? [...params, CallerLanguage()] : params;
}

function route(
  verb: Verb,
  path: string,
  answer: Answer | MethodDecorator,
  status: number | undefined,
  params: ParameterDecorator[],
): MethodDecorator {
  const answers: MethodDecorator =
    answer === null ? ReturnsNothing() : typeof answer === 'function' ? answer : Returns(answer, status);
  return (target, key, descriptor) => {
    // In the order the language applies written-out decorators: parameters last to first, then
    // the method's own from the bottom up, so that the OpenAPI document lists them as before.
    for (let index = params.length - 1; index >= 0; index -= 1) params[index](target, key, index);
    answers(target, key, descriptor);
    verbs[verb](path)(target, key, descriptor);
  };
}

/** `GET path`: a list or page the caller's scope filters, by the query string. Handler: `(principal, query)`. */
export function ScopedList(path: string, query: z.ZodObject, answer: z.ZodType): MethodDecorator {
  return route('get', path, answer, undefined, [CurrentUser(), ValidQuery(query)]);
}

/**
 * `GET path`: one record the caller must be allowed to read, or something of it. Handler:
 * `(principal, id)`, or `(principal, id, query)` with `query`; `(…, language)` `inLanguage`.
 */
export function ScopedRead(
  path: string,
  answer: z.ZodType,
  options: RecordRouteOptions & { query?: z.ZodObject } = {},
): MethodDecorator {
  const [name, schema] = options.param ?? RECORD_ID;
  const params = [CurrentUser(), ValidParam(name, schema)];
  return route(
    'get',
    path,
    answer,
    undefined,
    leading(options.query ? [...params, ValidQuery(options.query)] : params, options),
  );
}

/**
 * A step on one record (an action with its idempotency key, a termination, a change, a record
 * added under it). Handler: `(principal, id, body)`, or `(principal, id)` with `body: null`;
 * `(…, language)` `inLanguage`.
 */
export function ScopedAction(
  verb: Exclude<Verb, 'get'>,
  path: string,
  body: z.ZodType | null,
  answer: Answer,
  options: RecordRouteOptions & { status?: number } = {},
): MethodDecorator {
  const [name, schema] = options.param ?? RECORD_ID;
  const params = [CurrentUser(), ValidParam(name, schema)];
  return route(
    verb,
    path,
    answer,
    options.status,
    leading(body ? [...params, ValidBody(body)] : params, options),
  );
}

/** `POST path`: a new record; 201 with its id unless `answer` says what else. Handler: `(principal, body)`. */
export function ScopedCreate(
  path: string,
  body: z.ZodType,
  answer: z.ZodType = createdSchema,
): MethodDecorator {
  return route('post', path, answer, 201, [CurrentUser(), ValidBody(body)]);
}

/**
 * `GET path`: a file made for the caller (a spreadsheet, an archive) of one record, or by a query
 * string with `query`; documented as `mediaType`. Handler: `(principal, id, response)` or
 * `(principal, query, response)`, writing the file to the response itself.
 */
export function ScopedDownload(
  path: string,
  mediaType: string,
  options: { param?: PathParam; query?: z.ZodObject } = {},
): MethodDecorator {
  const [name, schema] = options.param ?? RECORD_ID;
  const of = options.query ? ValidQuery(options.query) : ValidParam(name, schema);
  return route('get', path, ApiProduces(mediaType), undefined, [CurrentUser(), of, Res()]);
}
