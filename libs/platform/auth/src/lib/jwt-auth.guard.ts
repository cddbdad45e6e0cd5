import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { IS_PUBLIC, UnauthenticatedError } from '@bastion/platform-http';
import { InvalidTokenError, verifyAccessToken } from './access-token';
import type { AuthenticatedRequest } from './auth-request';

/** Every route needs a valid bearer token unless it is marked `@Public()`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    if (!match?.[1]) throw new UnauthenticatedError();
    try {
      request.principal = verifyAccessToken(match[1], this.config.JWT_SECRET);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthenticatedError('Your session has expired; sign in again.');
      throw error;
    }
    return true;
  }
}
