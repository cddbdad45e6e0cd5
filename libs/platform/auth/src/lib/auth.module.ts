import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtAuthGuard } from './jwt-auth.guard';

/** Puts the token check in front of every route of the service. */
@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })
export class AuthModule {}
