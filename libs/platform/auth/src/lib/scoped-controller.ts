import { applyDecorators, type CanActivate, Controller, type Type, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

/**
 * A controller whose routes need a signed-in caller: its path, its OpenAPI tag (the path unless
 * named) and bearer authentication, and the service's own guards before any of its routes (who
 * may use the service at all).
 */
export function ScopedController(
  path: string,
  options: { tag?: string; guards?: Type<CanActivate>[] } = {},
): ClassDecorator {
  const decorators = [ApiTags(options.tag ?? path), ApiBearerAuth()];
  if (options.guards?.length) decorators.push(UseGuards(...options.guards));
  return applyDecorators(...decorators, path ? Controller(path) : Controller());
}
