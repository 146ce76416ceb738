import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '#libs/config';

/** A login try from one address for one account; the key of what is counted. */
export interface LoginAttempt {
  clientAddress: string;
  tenant: string;
  email: string;
}

/** Either the try may go ahead, or the caller must wait this many seconds. */
export type LoginThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Slows password guessing with two counts per window, each blocking for the window once
 * spent. LOGIN_ATTEMPTS per account and address: one clerk mistyping does not lock a whole
 * town hall behind one NAT address, and one address cannot try many passwords on an
 * account. LOGIN_ATTEMPTS_PER_ADDRESS per address over every account: one address cannot
 * try a common password on every account (password spraying). Counted in Redis, so every
 * API process shares the counts; while Redis is down each process counts in memory instead
 * (the insurance limiter), so a Redis outage neither blocks logins nor lifts the limit.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(config: AppConfig) {
    const { attempts, attemptsPerAddress, windowSeconds } = config.loginThrottle;
    this.redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      // Fail at once while Redis is away, so the in-memory limiter answers instead of a hung login.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectionName: 'login-throttle',
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.redis.on('error', () => undefined); // reported by /health; logins fall back to memory
    this.redis.connect().catch(() => undefined);
    const limiter = (points: number, name: string) => {
      const limits = { points, duration: windowSeconds, blockDuration: windowSeconds };
      return new RateLimiterRedis({ ...limits, storeClient: this.redis, keyPrefix: `${config.queuePrefix}:${name}`, insuranceLimiter: new RateLimiterMemory(limits) });
    };
    this.perAccount = limiter(attempts, 'login');
    this.perAddress = limiter(attemptsPerAddress, 'login-address');
  }

  async check({ clientAddress, tenant, email }: LoginAttempt): Promise<LoginThrottleDecision> {
    try {
      await this.perAddress.consume(clientAddress);
      await this.perAccount.consume([clientAddress, tenant.toLowerCase(), email.toLowerCase()].join(' '));
      return { allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
