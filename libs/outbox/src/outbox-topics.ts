/**
 * Every message the event transactions leave for the worker, by topic, with its payload: the
 * one table producers write through (`outboxMessage`) and the relay dispatches by, as the job
 * registry (`#libs/queue`) is for BullMQ jobs. Each topic has exactly one handler
 * (`OutboxHandlerRegistry`); a topic nobody handles has no place here.
 */
export interface OutboxTopics {
  /** A deadline was set: its reminders and escalation become delayed jobs. */
  'deadline.scheduled': { deadlineId: string };
  /** A deadline was met, moved or dropped: its jobs are removed. */
  'deadline.cleared': { deadlineId: string };
  /** An event was accepted on a case (its audit entry's sequence): the people it concerns are told. */
  'case.event.accepted': { caseId: string; sequence: number };
}

export type OutboxTopic = keyof OutboxTopics;

/** Where each topic comes in a batch: a deadline is scheduled before news of it is written. A record, so a topic cannot be left out. */
const HANDLING_ORDER: Record<OutboxTopic, number> = { 'deadline.scheduled': 0, 'deadline.cleared': 1, 'case.event.accepted': 2 };

/** Every topic, in the order a batch's messages are handled. */
export const OUTBOX_TOPICS: readonly OutboxTopic[] = (Object.keys(HANDLING_ORDER) as OutboxTopic[]).sort((a, b) => HANDLING_ORDER[a] - HANDLING_ORDER[b]);

/** A message to write, its payload checked against its topic's. */
export type OutboxMessage<T extends OutboxTopic = OutboxTopic> = { [K in T]: { topic: K; payload: OutboxTopics[K] } }[T];

/** A message as the relay reads it back: with its row id. */
export type StoredOutboxMessage<T extends OutboxTopic = OutboxTopic> = OutboxMessage<T> & { id: string };

export const outboxMessage = <T extends OutboxTopic>(topic: T, payload: OutboxTopics[T]): OutboxMessage<T> => ({ topic, payload }) as OutboxMessage<T>;
