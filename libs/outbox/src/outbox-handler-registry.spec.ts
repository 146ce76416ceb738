import type { OutboxHandler } from './outbox-handler.js';
import { OutboxHandlerRegistry, OutboxHandlersMisconfigured } from './outbox-handler-registry.js';
import { OUTBOX_TOPICS, type OutboxTopic } from './outbox-topics.js';

const handlerOf = (topic: OutboxTopic): OutboxHandler => ({ topic, handle: async () => {} }) as OutboxHandler;

describe('OutboxHandlerRegistry', () => {
  it('takes one handler per topic and answers each topic with its own', () => {
    const handlers = OUTBOX_TOPICS.map(handlerOf);
    const registry = new OutboxHandlerRegistry(handlers);
    for (const [index, topic] of OUTBOX_TOPICS.entries()) expect(registry.handlerOf(topic)).toBe(handlers[index]);
  });

  it('refuses a set with a topic nobody handles, naming it', () => {
    const [first, ...others] = OUTBOX_TOPICS;
    expect(() => new OutboxHandlerRegistry(others.map(handlerOf))).toThrow(new OutboxHandlersMisconfigured([`no handler for ${first}`]));
  });

  it('refuses a topic handled twice, and a handler of a topic that does not exist', () => {
    const [first] = OUTBOX_TOPICS;
    const handlers = [...OUTBOX_TOPICS.map(handlerOf), handlerOf(first), handlerOf('notice.issued' as OutboxTopic)];
    expect(() => new OutboxHandlerRegistry(handlers)).toThrow(
      new OutboxHandlersMisconfigured([`2 handlers for ${first}`, 'a handler for notice.issued, which is not a topic']),
    );
  });
});
