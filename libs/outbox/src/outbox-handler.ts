import type { EntityManager } from 'typeorm';
import type { OutboxTopic, StoredOutboxMessage } from './outbox-topics.js';

/**
 * What the worker does with one topic's messages: a batch of them at once, in the relay's
 * transaction, so that what it writes and the messages being marked published commit together.
 * Work outside the database (BullMQ jobs) must be safe to do twice: a crash before the commit
 * relays the batch again.
 */
export interface OutboxHandler<T extends OutboxTopic = OutboxTopic> {
  readonly topic: T;
  handle(manager: EntityManager, messages: ReadonlyArray<StoredOutboxMessage<T>>, now: Date): Promise<void>;
}

/** The Nest token of the worker's handlers, one per topic (the worker module lists them). */
export const OUTBOX_HANDLERS = Symbol('OUTBOX_HANDLERS');
