import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health.js';
import { ServiceHealth } from './service-health.service.js';

@Module({
  imports: [TerminusModule],
  providers: [RedisHealthIndicator, ServiceHealth],
  exports: [ServiceHealth, TerminusModule],
})
export class HealthModule {}
