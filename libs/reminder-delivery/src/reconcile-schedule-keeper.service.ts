import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { JobName, JobQueue } from '#libs/queue';

/**
 * Keeps the reconciler's job scheduler in Redis. It is written at start-up, and looked for
 * every RECONCILE_EVERY_MS: a Redis that lost its data (FLUSHALL, a failover without
 * persistence) loses the scheduler too, and with it the only thing that would repair the rest.
 */
@Injectable()
export class ReconcileScheduleKeeper {
  private readonly logger = new Logger('ReminderReconciler');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** Writes the scheduler (an upsert: a changed RECONCILE_EVERY_MS takes effect), then checks on it. */
  async start(): Promise<void> {
    // The check runs even when Redis is not there yet at start-up: it writes the scheduler once it is.
    this.timer ??= setInterval(() => void this.restoreIfLost(), this.config.reconcileEveryMs);
    await this.jobs.scheduleEvery(JobName.ReconcileReminders, {}, this.config.reconcileEveryMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** True when the scheduler was gone and has been written again (its first run is at once). */
  async restoreIfLost(): Promise<boolean> {
    try {
      if (await this.jobs.isScheduled(JobName.ReconcileReminders)) return false;
      await this.jobs.scheduleEvery(JobName.ReconcileReminders, {}, this.config.reconcileEveryMs);
      this.logger.warn('the reminder reconciler was missing from Redis (data lost?): scheduled again');
      return true;
    } catch (error) {
      this.logger.error({ msg: 'could not check the reminder reconciler in Redis', err: error });
      return false;
    }
  }
}
