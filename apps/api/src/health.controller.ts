import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '#libs/accounts';
import { ServiceHealth } from '#libs/health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly serviceHealth: ServiceHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'PostgreSQL and Redis answer (200), or which of them does not (503)' })
  check() {
    return this.health.check(this.serviceHealth.checks());
  }
}
