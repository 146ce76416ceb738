import { Module } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { MailDeliveryModule } from '#libs/notifications';
import { DeadlineClearedHandler, DeadlineScheduledHandler } from './deadline-outbox.handlers.js';
import { ReconcileScheduleKeeper } from './reconcile-schedule-keeper.service.js';
import { ReminderDispatcher } from './reminder-dispatcher.service.js';
import { ReminderReconciler } from './reminder-reconciler.service.js';

/**
 * The worker's side of reminders: the outbox handlers that turn deadlines into delayed jobs,
 * the dispatcher those jobs run, and the reconciler. Needs the persistence and queue modules;
 * `Clock` is here to be replaced in tests.
 */
@Module({
  imports: [MailDeliveryModule],
  providers: [Clock, DeadlineScheduledHandler, DeadlineClearedHandler, ReminderDispatcher, ReminderReconciler, ReconcileScheduleKeeper],
  exports: [Clock, DeadlineScheduledHandler, DeadlineClearedHandler, ReminderDispatcher, ReminderReconciler, ReconcileScheduleKeeper],
})
export class ReminderDeliveryModule {}
