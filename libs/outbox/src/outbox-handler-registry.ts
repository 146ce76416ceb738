import type { OutboxHandler } from './outbox-handler.js';
import { OUTBOX_TOPICS, type OutboxTopic } from './outbox-topics.js';

/** The handlers' set is wrong: a topic without a handler would fill the outbox for ever, one with two would be done twice. */
export class OutboxHandlersMisconfigured extends Error {
  constructor(problems: string[]) {
    super(`outbox handlers: ${problems.join('; ')}`);
    this.name = 'OutboxHandlersMisconfigured';
  }
}

/** Exactly one handler per topic of `OutboxTopics`, checked when the worker starts (it refuses to start otherwise). */
export class OutboxHandlerRegistry {
  private readonly byTopic: ReadonlyMap<OutboxTopic, OutboxHandler>;

  constructor(handlers: readonly OutboxHandler[]) {
    const problems: string[] = [];
    for (const topic of OUTBOX_TOPICS) {
      const count = handlers.filter((handler) => handler.topic === topic).length;
      if (count === 0) problems.push(`no handler for ${topic}`);
      if (count > 1) problems.push(`${count} handlers for ${topic}`);
    }
    for (const handler of handlers) {
      if (!OUTBOX_TOPICS.includes(handler.topic)) problems.push(`a handler for ${String(handler.topic)}, which is not a topic`);
    }
    if (problems.length > 0) throw new OutboxHandlersMisconfigured(problems);
    this.byTopic = new Map(handlers.map((handler) => [handler.topic, handler]));
  }

  /** The topic's handler; the constructor made sure there is one. */
  handlerOf<T extends OutboxTopic>(topic: T): OutboxHandler<T> {
    return this.byTopic.get(topic) as unknown as OutboxHandler<T>;
  }
}
