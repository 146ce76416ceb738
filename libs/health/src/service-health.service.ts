import { Injectable } from '@nestjs/common';
import { type HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health.js';

const DATABASE_PING_TIMEOUT_MS = 1500;

/** The checks every process shares: PostgreSQL and Redis answer. */
@Injectable()
export class ServiceHealth {
  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  checks(): HealthIndicatorFunction[] {
    return [
      () => this.database.pingCheck('database').withTimeout(DATABASE_PING_TIMEOUT_MS),
      () => this.redis.isHealthy('redis'),
    ];
  }
}
