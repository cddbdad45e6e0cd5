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
  tokenPairSchema,
  type TokenPair,
} from '@bastion/identity-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
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
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @Returns(meSchema)
  me(@CurrentUser() principal: Principal): Promise<Me> {
    return this.auth.me(principal);
  }

  @Post('password')
  @ReturnsNothing()
  changePassword(
    @CurrentUser() principal: Principal,
    @ValidBody(changePasswordSchema) input: ChangePassword,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    return this.auth.changePassword(principal, input, meta);
  }
}
