import {
  Body,
  type CanActivate,
  type ExecutionContext,
  Param,
  type PipeTransform,
  Query,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { MULTILINE_PROBLEM, unsafeTextFields } from '@bastion/shared-contracts';
import { ValidationError } from './domain-error';
import { zodProblems } from './zod-problems';

class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    // The last guard behind the contracts' text schemas: no NUL, control character or lone
    // surrogate reaches a handler, whichever field a contract left as a plain string.
    const unsafe = unsafeTextFields(value, this.prefix);
    if (unsafe.length > 0) {
      throw new ValidationError(unsafe.map((field) => ({ field, problem: MULTILINE_PROBLEM })));
    }
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw new ValidationError(zodProblems(result.error, this.prefix));
    return result.data;
  }
}

export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

type MethodDecorator = (target: object, key: string | symbol, descriptor: PropertyDescriptor) => void;

/** Applies a method-level OpenAPI decorator from inside a parameter decorator. */
function documentMethod(target: object, key: string | symbol | undefined, decorator: MethodDecorator) {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) decorator(target, key, descriptor);
}

/**
 * A body that is present must be of the type a route takes: anything else is a 415, before its
 * fields are looked at. Every route's 415 comes from here, so every one reads the same.
 */
export class BodyOfType implements CanActivate {
  constructor(
    private readonly type: string,
    private readonly message: string,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    // `is` answers null for a request without a body, which the route then sees as empty.
    if (context.switchToHttp().getRequest<Request>().is(this.type) === false) {
      throw new UnsupportedMediaTypeException(this.message);
    }
    return true;
  }
}
const jsonBody = new BodyOfType(
  'application/json',
  'The body must be JSON (Content-Type: application/json).',
);

/**
 * The request body: JSON (else 415), validated against a contract schema (unknown fields
 * refused) and documented.
 */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    documentMethod(target, key, ApiBody({ schema: jsonSchemaOf(schema, 'input') }));
    documentMethod(target, key, UseGuards(jsonBody));
    Body(new ZodPipe(schema))(target, key, index);
  };
}

/** The query string, validated and documented parameter by parameter. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    for (const [name, field] of Object.entries(schema.shape)) {
      const fieldSchema = field as z.ZodType;
      documentMethod(
        target,
        key,
        ApiQuery({
          name,
          required: !fieldSchema.safeParse(undefined).success,
          schema: jsonSchemaOf(fieldSchema, 'input'),
        }),
      );
    }
    Query(new ZodPipe(schema))(target, key, index);
  };
}

/** A path parameter, validated (an id that is not a uuid is a 400, not a database error). */
export function ValidParam(name: string, schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    documentMethod(target, key, ApiParam({ name, schema: jsonSchemaOf(schema, 'input') }));
    Param(name, new ZodPipe(schema, name))(target, key, index);
  };
}
