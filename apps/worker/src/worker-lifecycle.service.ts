import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FiscalYearCloseScheduleKeeper } from '#libs/fiscal-year-close';
import { DailyDigestSender, Mailer, PendingEmailSender } from '#libs/notifications';
import { OutboxPoller } from '#libs/outbox';
import { ReconcileScheduleKeeper, ReminderReconciler } from '#libs/reminder-delivery';
import { RemindersProcessor } from './reminders.processor.js';
import { SystemProcessor } from './system.processor.js';

/**
 * Starts what runs beside the BullMQ workers (the outbox relay, the reconciler at start-up and
 * its scheduler, the fiscal-year close report's scheduler) and stops everything in an order that
 * loses nothing: the relay stops polling, the workers finish the jobs in flight, and only then
 * does Nest close the database.
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private startup: Promise<void> = Promise.resolve();

  constructor(
    private readonly poller: OutboxPoller,
    private readonly keeper: ReconcileScheduleKeeper,
    private readonly fiscalYearCloseKeeper: FiscalYearCloseScheduleKeeper,
    private readonly reconciler: ReminderReconciler,
    private readonly mailer: Mailer,
    private readonly emails: PendingEmailSender,
    private readonly digests: DailyDigestSender,
    private readonly systemProcessor: SystemProcessor,
    private readonly remindersProcessor: RemindersProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.logger.log(this.mailer.describe());
    this.poller.start();
    this.emails.start();
    this.digests.start();
    // Not awaited: the worker answers its health probe while the reconciler reads the deadlines.
    this.startup = Promise.all([this.reconcileAtStart(), this.scheduleFiscalYearCloseReport()]).then(() => undefined);
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`${signal ?? 'Shutdown'} received: the BullMQ workers stop taking jobs and finish those in flight`);
    this.keeper.stop();
    this.fiscalYearCloseKeeper.stop();
    await this.poller.stop();
    await this.emails.stop();
    await this.digests.stop();
    await this.startup;
    await Promise.all([this.systemProcessor.worker.close(), this.remindersProcessor.worker.close()]);
    await this.mailer.close();
    this.logger.log('jobs in flight finished; the outbox relay has stopped');
  }

  private async scheduleFiscalYearCloseReport(): Promise<void> {
    try {
      await this.fiscalYearCloseKeeper.start();
    } catch (error) {
      // Redis not there yet: the keeper's own check writes the scheduler once it is.
      this.logger.error({ msg: 'scheduling the fiscal-year close report at start-up failed', err: error });
    }
  }

  private async reconcileAtStart(): Promise<void> {
    try {
      await this.keeper.start();
      await this.reconciler.reconcile();
    } catch (error) {
      // Redis or PostgreSQL not there yet: the scheduler (or the next start) reconciles instead.
      this.logger.error({ msg: 'reconciling reminders at start-up failed', err: error });
    }
  }
}
