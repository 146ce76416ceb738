import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '#libs/config';
import type { OutboxHandler, StoredOutboxMessage } from '#libs/outbox';
import { JobQueue } from '#libs/queue';
import { reminderSchedule } from '#libs/reminders';
import { readDeadlineTimings } from './deadline-timing.repository.js';
import { everyJobOf, timedJobOf } from './reminder-jobs.js';

/**
 * A scheduled deadline becomes its delayed reminder and escalation jobs. The jobs are added
 * before the relay marks the messages published: a crash in between adds them again, which is
 * harmless as their ids are deterministic.
 */
@Injectable()
export class DeadlineScheduledHandler implements OutboxHandler<'deadline.scheduled'> {
  readonly topic = 'deadline.scheduled';

  constructor(
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async handle(manager: EntityManager, messages: ReadonlyArray<StoredOutboxMessage<'deadline.scheduled'>>, now: Date): Promise<void> {
    const deadlines = await readDeadlineTimings(manager, messages.map((message) => message.payload.deadlineId));
    await this.jobs.enqueueAll(
      deadlines
        // Cleared before it was relayed (met, or moved: a new row): nothing to schedule.
        .filter((deadline) => deadline.status === 'pending')
        .flatMap((deadline) => reminderSchedule(deadline, this.config, now))
        .map((reminder) => timedJobOf(reminder, now)),
    );
  }
}

/** A cleared deadline loses every job it may have had. */
@Injectable()
export class DeadlineClearedHandler implements OutboxHandler<'deadline.cleared'> {
  readonly topic = 'deadline.cleared';

  constructor(private readonly jobs: JobQueue) {}

  async handle(manager: EntityManager, messages: ReadonlyArray<StoredOutboxMessage<'deadline.cleared'>>): Promise<void> {
    const deadlines = await readDeadlineTimings(manager, messages.map((message) => message.payload.deadlineId));
    await Promise.all(deadlines.flatMap(everyJobOf).map((job) => this.jobs.remove(job)));
  }
}
