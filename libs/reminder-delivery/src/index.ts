export { DeadlineClearedHandler, DeadlineScheduledHandler } from './deadline-outbox.handlers.js';
export { ReconcileScheduleKeeper } from './reconcile-schedule-keeper.service.js';
export { ReminderDeliveryModule } from './reminder-delivery.module.js';
export { ReminderDispatcher } from './reminder-dispatcher.service.js';
export { ReminderReconciler } from './reminder-reconciler.service.js';
export { readRecipientCandidates } from './reminder-context.repository.js';
