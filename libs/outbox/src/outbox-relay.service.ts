import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { UnitOfWork } from '#libs/persistence';
import { OUTBOX_HANDLERS, type OutboxHandler } from './outbox-handler.js';
import { OutboxHandlerRegistry } from './outbox-handler-registry.js';
import { lockUnpublished, markPublished } from './outbox.repository.js';
import { OUTBOX_TOPICS, type StoredOutboxMessage } from './outbox-topics.js';

/**
 * Hands the messages the event transactions wrote to their topics' handlers, a batch at a time:
 * locks the oldest unpublished ones, gives each handler its topic's messages (in the topics'
 * order), and marks them published in the same transaction. A crash before the commit leaves
 * them unpublished, to be handled again.
 */
@Injectable()
export class OutboxRelay {
  private readonly registry: OutboxHandlerRegistry;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(OUTBOX_HANDLERS) handlers: OutboxHandler[],
  ) {
    this.registry = new OutboxHandlerRegistry(handlers);
  }

  /** Relays one batch; answers how many messages it published (0: nothing was waiting). */
  relayBatch(): Promise<number> {
    return this.unitOfWork.run(async (manager) => {
      const messages = await lockUnpublished(manager, OUTBOX_TOPICS, this.config.outboxBatchSize);
      if (messages.length === 0) return 0;
      const now = this.clock.now();
      for (const topic of OUTBOX_TOPICS) {
        const ofTopic = messages.filter((message): message is StoredOutboxMessage<typeof topic> => message.topic === topic);
        if (ofTopic.length > 0) await this.registry.handlerOf(topic).handle(manager, ofTopic, now);
      }
      // The instant the deadlines were scheduled: the reconciler drops the same past reminders the relay did.
      await markPublished(manager, messages.map((message) => message.id), now);
      return messages.length;
    });
  }
}
