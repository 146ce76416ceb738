import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule, AuthGuard } from '#libs/accounts';
import { AuthController } from './auth.controller.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { MeController } from './me.controller.js';
import { SessionController } from './session.controller.js';

/** Login, browser sessions, password changes, logout, /me, and the guard that makes every other route want a session. */
@Module({
  imports: [AccountsModule],
  controllers: [AuthController, SessionController, MeController],
  providers: [{ provide: APP_GUARD, useExisting: AuthGuard }, LoginThrottleGuard],
})
export class AuthModule {}
