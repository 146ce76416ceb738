import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '#libs/accounts';
import { ServiceHealth } from '#libs/health';
import { HealthResponseDto, ServiceStatusDto } from './health-response.dto.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly serviceHealth: ServiceHealth,
  ) {}

  @Get()
  // Documented here rather than by terminus, whose decorator documents nothing when loaded under jest.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'PostgreSQL and Redis answer (200), or which of them does not (503)' })
  @ApiExtraModels(ServiceStatusDto)
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'a service does not answer: it is named under `error`' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check(this.serviceHealth.checks());
    } catch (error) {
      // terminus reports a failing check by throwing its result: a probe's answer, not a refusal.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
