import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { composedText } from '@bastion/messages';
import { SERVICE_CONFIG, type ServiceConfig } from '@bastion/platform-config';
import { DomainError, IS_PUBLIC, UnauthenticatedError } from '@bastion/platform-http';
import { InvalidTokenError, verifyAccessToken } from './access-token';
import type { AuthenticatedRequest } from './auth-request';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change.decorator';
import {
  HttpSessionCheck,
  SESSION_CHECK,
  type SessionCheck,
  SessionCheckUnavailableError,
} from './session-check';

/** The account must change its password first; only that, `GET /me` and logout are open to it. */
export class PasswordChangeRequiredError extends DomainError {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', 'Change your password before doing anything else.', 403);
  }
}

/**
 * Every route needs a valid bearer token unless it is marked `@Public()`, and the token's session
 * must still be live: a token is refused as soon as its session is revoked, not when it expires.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger('JwtAuthGuard');
  private sessionCheck: SessionCheck | null | undefined;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    if (!match?.[1]) throw new UnauthenticatedError();
    const token = match[1];
    try {
      request.principal = verifyAccessToken(token, this.config.JWT_SECRET);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthenticatedError(composedText('refusal.session_expired'));
      throw error;
    }
    const check = this.resolveSessionCheck();
    if (!check) return true;
    let state;
    try {
      state = await check.check(request.principal, token);
    } catch (error) {
      if (!(error instanceof SessionCheckUnavailableError)) throw error;
      this.logger.warn(error.message);
      throw new DomainError(
        'SESSION_CHECK_UNAVAILABLE',
        'Your session cannot be checked at the moment; try again shortly.',
        503,
      );
    }
    if (!state.live) {
      request.principal = undefined;
      throw new UnauthenticatedError(composedText('refusal.session_ended'));
    }
    if (
      state.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)
    )
      throw new PasswordChangeRequiredError();
    return true;
  }

  /** Identity's own check when this is identity, else identity over HTTP when configured. */
  private resolveSessionCheck(): SessionCheck | null {
    if (this.sessionCheck !== undefined) return this.sessionCheck;
    let local: SessionCheck | null = null;
    try {
      local = this.moduleRef.get<SessionCheck>(SESSION_CHECK, { strict: false });
    } catch {
      local = null;
    }
    this.sessionCheck =
      local ??
      (this.config.SESSION_CHECK_URL
        ? new HttpSessionCheck(this.config.SESSION_CHECK_URL, this.config.SESSION_CHECK_CACHE_SECONDS)
        : null);
    return this.sessionCheck;
  }
}
