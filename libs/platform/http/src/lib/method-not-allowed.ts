import { MethodNotAllowedException } from '@nestjs/common';
import type { Express, NextFunction, Request, Response } from 'express';

/** What this module reads of Express's router: its layers, and each route's methods. */
interface RouteLayer {
  route?: { path: unknown; _handlesMethod(method: string): boolean; _methods(): string[] };
  match(path: string): unknown;
}

/**
 * What the routes at `path` say of `method`: undefined when no route has that path, otherwise
 * whether one of them handles the method and every method they declare (HEAD wherever GET is, as
 * Express answers it). As in OpenAPI, a path written out (`/cases/migrate`) comes before a
 * template that also matches it (`/cases/{id}`): GET on the first is a 405, not a case lookup.
 */
export function routesAt(
  layers: readonly RouteLayer[],
  path: string,
  method: string,
): { handled: boolean; allowed: string[] } | undefined {
  const matching = layers.flatMap((layer) => (layer.route && matches(layer, path) ? [layer.route] : []));
  if (matching.length === 0) return undefined;
  const literal = matching.filter((route) => typeof route.path === 'string' && !/[:*]/.test(route.path));
  const routes = literal.length > 0 ? literal : matching;
  const handled = routes.some((route) => route._handlesMethod(method));
  const allowed = new Set(routes.flatMap((route) => route._methods()));
  if (allowed.has('GET')) allowed.add('HEAD');
  return { handled, allowed: [...allowed].sort() };
}

function matches(layer: RouteLayer, path: string): boolean {
  try {
    return Boolean(layer.match(path));
  } catch {
    // A malformed escape in the path: it names no route here, and the router answers it.
    return false;
  }
}

/**
 * Answers a method no route declares on an existing path with 405 and an `Allow` header, rather
 * than the router's 404 (OPTIONS is answered with the same header and no body). An unknown path
 * is left to the 404 handler.
 */
export function methodNotAllowed(app: Express) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const layers = (app.router as unknown as { stack: RouteLayer[] }).stack;
    const routes = routesAt(layers, request.path, request.method);
    if (!routes || routes.handled) return next();
    const allowed = routes.allowed.join(', ');
    response.setHeader('Allow', allowed);
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next(new MethodNotAllowedException(`${request.method} is not allowed here; allowed: ${allowed}.`));
  };
}
