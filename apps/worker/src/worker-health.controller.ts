import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ServiceHealth } from '#libs/health';
import { RemindersProcessor } from './reminders.processor.js';
import { SystemProcessor } from './system.processor.js';

/** The worker's own health: its services answer and its BullMQ workers are consuming. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly serviceHealth: ServiceHealth,
    private readonly indicators: HealthIndicatorService,
    private readonly systemProcessor: SystemProcessor,
    private readonly remindersProcessor: RemindersProcessor,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([...this.serviceHealth.checks(), () => this.consuming()]);
  }

  private consuming() {
    const indicator = this.indicators.check('queues');
    const workers = [this.systemProcessor.worker, this.remindersProcessor.worker];
    const consuming = (worker: (typeof workers)[number]) => worker.isRunning() && !worker.isPaused();
    const state = Object.fromEntries(workers.map((worker) => [worker.name, consuming(worker) ? 'consuming' : 'stopped']));
    return workers.every(consuming) ? indicator.up(state) : indicator.down(state);
  }
}
