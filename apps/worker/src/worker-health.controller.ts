import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ServiceHealth } from '#libs/health';
import { SystemProcessor } from './system.processor.js';

/** The worker's own health: its services answer and its BullMQ workers are consuming. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly serviceHealth: ServiceHealth,
    private readonly indicators: HealthIndicatorService,
    private readonly systemProcessor: SystemProcessor,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([...this.serviceHealth.checks(), () => this.consuming()]);
  }

  private consuming() {
    const indicator = this.indicators.check('queues');
    const worker = this.systemProcessor.worker;
    const consuming = worker.isRunning() && !worker.isPaused();
    const state = { [worker.name]: consuming ? 'consuming' : 'stopped' };
    return consuming ? indicator.up(state) : indicator.down(state);
  }
}
