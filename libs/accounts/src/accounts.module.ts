import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, ConfigurationException } from '#libs/config';
import { AccountRepository } from './account.repository.js';
import { AuthGuard } from './auth.guard.js';
import { LoginThrottle } from './login-throttle.service.js';
import { AuthenticationService } from './authentication.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { TokenService } from './token.service.js';

/**
 * Local accounts: Argon2id passwords, HS256 access tokens, the guard that checks them.
 * Needs ConfigModule (with a JWT secret) and PersistenceModule from the importing app.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.jwtSecret) {
          throw new ConfigurationException(['JWT_SECRET is not set: the API signs access tokens with it']);
        }
        return {
          // A KeyObject made once: given the string, jsonwebtoken builds the key on every sign and verify.
          secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
          signOptions: { algorithm: 'HS256' },
          // Pinned, so a token cannot choose its own algorithm (`none`, or RS256 with our secret as a key).
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  providers: [AccountRepository, AuthenticationService, AuthGuard, LoginThrottle, PasswordHasher, TokenService],
  exports: [AccountRepository, AuthenticationService, AuthGuard, LoginThrottle, PasswordHasher, TokenService],
})
export class AccountsModule {}
