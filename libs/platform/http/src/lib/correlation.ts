import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const HEADER = 'x-correlation-id';

export interface CorrelatedRequest extends Request {
  correlationId?: string;
}

/** Tags every request with an id (the caller's, if sane) that errors and logs refer to. */
export function correlationMiddleware(req: CorrelatedRequest, res: Response, next: NextFunction): void {
  const given = req.header(HEADER);
  req.correlationId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader(HEADER, req.correlationId);
  next();
}
