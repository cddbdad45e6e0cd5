import { Body, Param, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ValidationError } from './domain-error';
import { zodProblems } from './zod-problems';

class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
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

/** The request body, validated against a contract schema (unknown fields refused) and documented. */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    documentMethod(target, key, ApiBody({ schema: jsonSchemaOf(schema, 'input') }));
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
