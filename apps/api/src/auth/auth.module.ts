import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule, AuthGuard } from '#libs/accounts';
import { AuthController } from './auth.controller.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { MeController } from './me.controller.js';

/** Login, logout, /me, and the guard that makes every other route want a bearer token. */
@Module({
  imports: [AccountsModule],
  controllers: [AuthController, MeController],
  providers: [{ provide: APP_GUARD, useExisting: AuthGuard }, LoginThrottleGuard],
})
export class AuthModule {}
