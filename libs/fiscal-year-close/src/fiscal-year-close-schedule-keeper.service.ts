import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { JobName, JobQueue } from '#libs/queue';

/** Japan's time, whatever the server's: report days and the hour are Tokyo's. */
const TOKYO = 'Asia/Tokyo';

/**
 * Keeps the daily job scheduler of the fiscal-year close report in Redis: it runs every day at
 * REMINDER_HOUR in Tokyo, and the run decides whether the day is a report day. Written at
 * start-up (an upsert: a changed hour takes effect) and looked for every RECONCILE_EVERY_MS,
 * as a Redis that lost its data loses the scheduler with it.
 */
@Injectable()
export class FiscalYearCloseScheduleKeeper {
  private readonly logger = new Logger('FiscalYearCloseReport');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** The cron pattern of the daily run: minute 0 of REMINDER_HOUR. */
  get pattern(): string {
    return `0 ${this.config.reminderHour} * * *`;
  }

  async start(): Promise<void> {
    this.timer ??= setInterval(() => void this.restoreIfLost(), this.config.reconcileEveryMs);
    await this.schedule();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** True when the scheduler was gone and has been written again. */
  async restoreIfLost(): Promise<boolean> {
    try {
      if (await this.jobs.isScheduled(JobName.FiscalYearCloseReport)) return false;
      await this.schedule();
      this.logger.warn('the fiscal-year close report was missing from Redis (data lost?): scheduled again');
      return true;
    } catch (error) {
      this.logger.error({ msg: 'could not check the fiscal-year close report in Redis', err: error });
      return false;
    }
  }

  private schedule(): Promise<void> {
    return this.jobs.scheduleCron(JobName.FiscalYearCloseReport, {}, this.pattern, TOKYO);
  }
}
