import { Injectable } from '@nestjs/common';
import type { Principal, SessionCheck, SessionState } from '@bastion/platform-auth';
import { AuthService } from './auth.service';

/**
 * Identity's own session check: a read of its session table on every request, uncached, so in
 * identity a logout or a password change takes effect on the very next request.
 */
@Injectable()
export class IdentitySessionCheck implements SessionCheck {
  constructor(private readonly auth: AuthService) {}

  check(principal: Principal): Promise<SessionState> {
    return this.auth.sessionState(principal);
  }
}
