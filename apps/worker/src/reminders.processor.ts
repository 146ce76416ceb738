import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '#libs/config';
import { FiscalYearCloseReporter } from '#libs/fiscal-year-close';
import { ReminderDispatcher, ReminderReconciler } from '#libs/reminder-delivery';
import { JobName, type JobData, type JobResult, QueueName } from '#libs/queue';

/** Reminders, escalations, the reconciler's runs and the fiscal-year close report: each handed to the library that knows what to do. */
@Processor(QueueName.Reminders)
export class RemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: ReminderDispatcher,
    private readonly reconciler: ReminderReconciler,
    private readonly fiscalYearCloseReporter: FiscalYearCloseReporter,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.workerConcurrency;
  }

  async process(job: Job): Promise<JobResult<JobName>> {
    switch (job.name) {
      case JobName.Reminder:
        return this.dispatcher.remind(job.data as JobData<JobName.Reminder>);
      case JobName.Escalation:
        return this.dispatcher.escalate(job.data as JobData<JobName.Escalation>);
      case JobName.ReconcileReminders:
        return this.reconciler.reconcile();
      case JobName.FiscalYearCloseReport:
        return this.fiscalYearCloseReporter.report();
    }
    throw new Error(`The ${QueueName.Reminders} queue has no handler for job "${job.name}"`);
  }
}
