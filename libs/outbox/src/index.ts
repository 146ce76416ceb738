export type { OutboxHandler } from './outbox-handler.js';
export { OutboxHandlerRegistry, OutboxHandlersMisconfigured } from './outbox-handler-registry.js';
export { OutboxModule } from './outbox.module.js';
export { writeOutboxMessages } from './outbox.repository.js';
export { OutboxPoller } from './outbox-poller.service.js';
export { OutboxRelay } from './outbox-relay.service.js';
export { OUTBOX_TOPICS, type OutboxMessage, outboxMessage, type OutboxTopic, type OutboxTopics, type StoredOutboxMessage } from './outbox-topics.js';
export { PollingLoop } from './polling-loop.js';
