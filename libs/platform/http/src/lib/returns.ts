import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpCode,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { jsonSchemaOf } from './validation';

class ShapeResponse implements NestInterceptor {
  constructor(private readonly schema: z.ZodType) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Parsing through the contract drops any field the contract does not name, so an entity
    // column added later cannot leak into a response by accident.
    return next.handle().pipe(map((value) => this.schema.parse(value)));
  }
}

/** Documents the success response and shapes the handler's result by the contract schema. */
export function Returns(schema: z.ZodType, status = 200) {
  return applyDecorators(
    HttpCode(status),
    ApiResponse({ status, schema: jsonSchemaOf(schema, 'output') }),
    UseInterceptors(new ShapeResponse(schema)),
  );
}

/** A handler that answers 204 with no body. */
export function ReturnsNothing() {
  return applyDecorators(HttpCode(204), ApiResponse({ status: 204 }));
}
