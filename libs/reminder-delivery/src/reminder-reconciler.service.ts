import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { UnitOfWork } from '#libs/persistence';
import { JobQueue, type ReconcileRemindersJobResult } from '#libs/queue';
import { reminderSchedule, remindersToKeepQueued } from '#libs/reminders';
import { type DeadlinePageStart, readScheduledPendingDeadlines } from './deadline-timing.repository.js';
import { countEmailsInDoubt, deliveredReminderKeys } from '#libs/notifications';
import { timedJobOf } from './reminder-jobs.js';

// Deadlines read per query; bounds the memory of one step, not a business figure.
const PAGE_SIZE = 1000;
// Far longer than any one send takes (nodemailer's own timeouts are a few minutes at most).
const IN_DOUBT_AFTER_SECONDS = 15 * 60;

/**
 * PostgreSQL is the truth, Redis the timer: for every pending deadline, the reminder and
 * escalation jobs still wanted (ahead of their instant, or past it and never delivered) must
 * be in Redis. Missing ones are added again under the same ids; one whose instant passed
 * while Redis was empty fires at once, and its delivery rows keep it to one message each.
 */
@Injectable()
export class ReminderReconciler {
  private readonly logger = new Logger('ReminderReconciler');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async reconcile(): Promise<ReconcileRemindersJobResult> {
    const now = this.clock.now();
    const result: ReconcileRemindersJobResult = { deadlines: 0, expected: 0, recreated: 0, emailsInDoubt: 0 };
    let after: DeadlinePageStart | null = null;
    for (;;) {
      const page = await this.unitOfWork.run((manager) => readScheduledPendingDeadlines(manager, after, PAGE_SIZE));
      const last = page.at(-1);
      if (!last) break;
      const schedules = page.map((deadline) => ({ deadline, schedule: reminderSchedule(deadline, this.config, deadline.scheduledAt) }));
      const passedKeys = schedules.flatMap(({ schedule }) => schedule.filter((reminder) => reminder.fireAt <= now).map((reminder) => reminder.key));
      const deliveredKeys = await this.unitOfWork.run((manager) => deliveredReminderKeys(manager, passedKeys));
      const wanted = schedules
        .flatMap(({ deadline, schedule }) => remindersToKeepQueued(schedule, { now, dueAt: deadline.dueAt, deliveredKeys }))
        .map((reminder) => timedJobOf(reminder, now));
      const missing = await this.jobs.missing(wanted);
      await this.jobs.enqueueAll(missing);

      result.deadlines += page.length;
      result.expected += wanted.length;
      result.recreated += missing.length;
      after = { dueAt: last.dueAt, id: last.id };
    }
    result.emailsInDoubt = await this.unitOfWork.read((manager) => countEmailsInDoubt(manager, IN_DOUBT_AFTER_SECONDS));
    if (result.emailsInDoubt > 0) {
      // Never silent: these are not sent again (never twice), so someone must look at them.
      this.logger.warn({
        msg: `${result.emailsInDoubt} reminder e-mail(s) in doubt: a worker stopped while sending them and they are not sent again; the in-app copies were delivered. See delivery rows with status 'sending' and the mail server's log`,
        emailsInDoubt: result.emailsInDoubt,
      });
    }
    const summary = `reconciled ${result.deadlines} pending deadline(s): ${result.expected} reminder job(s) wanted, ${result.recreated} re-created`;
    if (result.recreated > 0) this.logger.warn({ msg: summary, ...result });
    else this.logger.log({ msg: summary, ...result });
    return result;
  }
}
