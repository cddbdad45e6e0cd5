import type { NextFunction, Request, Response } from 'express';

/**
 * Set on every API response, errors included: answers carry personal data and tokens, so no
 * browser or proxy keeps them, and no browser guesses a type other than the declared one.
 * A download that may be cached says so itself.
 */
export function apiResponseHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  next();
}
