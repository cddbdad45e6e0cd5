import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CorrelatedRequest } from './correlation';

/** Where a request came from, for audit records. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  correlationId: string | null;
}

export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => {
  const request = context.switchToHttp().getRequest<CorrelatedRequest>();
  return {
    ip: request.ip ?? null,
    userAgent: request.header('user-agent')?.slice(0, 300) ?? null,
    correlationId: request.correlationId ?? null,
  };
});
