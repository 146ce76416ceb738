import { Injectable } from '@nestjs/common';
import { Clock } from '#libs/cases';
import { AppConfig } from '#libs/config';
import { UnitOfWork } from '#libs/persistence';
import { JobQueue } from '#libs/queue';
import { reminderSchedule } from '#libs/reminders';
import { readDeadlineTimings } from './deadline-timing.repository.js';
import { lockUnpublished, markPublished, type OutboxMessage } from './outbox.repository.js';
import { everyJobOf, timedJobOf } from './reminder-jobs.js';

/** The outbox topics this relay turns into jobs; other topics are left for their own consumers. */
export const RELAYED_TOPICS = ['deadline.scheduled', 'deadline.cleared'] as const;

/**
 * Moves outbox messages written by the event transactions into BullMQ: a scheduled deadline
 * becomes its delayed reminder and escalation jobs, a cleared one loses them. The jobs are
 * added before the messages are marked published, in the transaction that locks them: a crash
 * in between publishes again, which is harmless as the job ids are deterministic.
 */
@Injectable()
export class OutboxRelay {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Relays one batch; answers how many messages it published (0: nothing was waiting). */
  relayBatch(): Promise<number> {
    return this.unitOfWork.run(async (manager) => {
      const messages = await lockUnpublished(manager, RELAYED_TOPICS, this.config.outboxBatchSize);
      if (messages.length === 0) return 0;
      const now = this.clock.now();
      const deadlines = new Map((await readDeadlineTimings(manager, messages.map(deadlineIdOf))).map((deadline) => [deadline.id, deadline]));

      const about = (topic: string) =>
        messages.filter((message) => message.topic === topic).flatMap((message) => deadlines.get(deadlineIdOf(message)) ?? []);
      await this.jobs.enqueueAll(
        about('deadline.scheduled')
          // Cleared before it was relayed (met, or moved: a new row): nothing to schedule.
          .filter((deadline) => deadline.status === 'pending')
          .flatMap((deadline) => reminderSchedule(deadline, this.config, now))
          .map((reminder) => timedJobOf(reminder, now)),
      );
      await Promise.all(about('deadline.cleared').flatMap(everyJobOf).map((job) => this.jobs.remove(job)));

      // The instant the deadlines were scheduled: the reconciler drops the same past reminders the relay did.
      await markPublished(manager, messages.map((message) => message.id), now);
      return messages.length;
    });
  }
}

function deadlineIdOf(message: OutboxMessage): string {
  return String(message.payload.deadlineId);
}
