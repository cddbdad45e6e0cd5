import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  loginSchema,
  type ChangePassword,
  type Login,
  meSchema,
  type Me,
  refreshSchema,
  type Refresh,
  sessionStateSchema,
  type SessionStateView,
  tokenPairSchema,
  type TokenPair,
} from '@bastion/identity-contracts';
import {
  AllowedBeforePasswordChange,
  CurrentUser,
  type Principal,
  ScopedController,
} from '@bastion/platform-auth';
import { Meta, Public, type RequestMeta, Returns, ReturnsNothing, ValidBody } from '@bastion/platform-http';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @Returns(tokenPairSchema)
  login(@ValidBody(loginSchema) input: Login, @Meta() meta: RequestMeta): Promise<TokenPair> {
    return this.auth.login(input, meta);
  }

  @Public()
  @Post('refresh')
  @Returns(tokenPairSchema)
  refresh(@ValidBody(refreshSchema) input: Refresh, @Meta() meta: RequestMeta): Promise<TokenPair> {
    return this.auth.refresh(input.refreshToken, meta);
  }

  /** Ends the session of this refresh token; works with an expired access token too. */
  @Public()
  @Post('logout')
  @ReturnsNothing()
  logout(@ValidBody(refreshSchema) input: Refresh, @Meta() meta: RequestMeta): Promise<void> {
    return this.auth.logout(input.refreshToken, meta);
  }

  /**
   * Whether the session behind the caller's access token is live: 200 while it is, 401 once it
   * is revoked or ended. The other services ask this (briefly cached) on their requests.
   */
  @Get('session')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @Returns(sessionStateSchema)
  async session(@CurrentUser() principal: Principal): Promise<SessionStateView> {
    // The guard has already refused a session that is not live.
    const state = await this.auth.sessionState(principal);
    return { sessionId: principal.sessionId, mustChangePassword: state.mustChangePassword };
  }
}

@ScopedController('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  /** Open before a required password change too: the console learns from it that one is due. */
  @Get()
  @AllowedBeforePasswordChange()
  @Returns(meSchema)
  me(@CurrentUser() principal: Principal): Promise<Me> {
    return this.auth.me(principal);
  }

  @Post('password')
  @AllowedBeforePasswordChange()
  @ReturnsNothing()
  changePassword(
    @CurrentUser() principal: Principal,
    @ValidBody(changePasswordSchema) input: ChangePassword,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.auth.changePassword(principal, input, meta);
  }
}
