import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { OutboxRelay } from './outbox-relay.service.js';
import { PollingLoop } from './polling-loop.js';

/** Runs the relay for as long as the worker runs: batch after batch while there is a backlog, then every OUTBOX_POLL_MS. */
@Injectable()
export class OutboxPoller {
  private readonly loop: PollingLoop;

  constructor(relay: OutboxRelay, config: AppConfig) {
    this.loop = new PollingLoop('OutboxRelay', () => relay.relayBatch(), { batchSize: config.outboxBatchSize, pollMs: config.outboxPollMs });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
