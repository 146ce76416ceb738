import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { OutboxRelay } from './outbox-relay.service.js';

/**
 * Runs the relay in a loop for as long as the worker runs: batch after batch while there is
 * a backlog, then every OUTBOX_POLL_MS. Stopping waits for the batch in hand.
 */
@Injectable()
export class OutboxPoller {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relay.relayBatch();
      } catch (error) {
        // PostgreSQL or Redis away for a moment: the messages stay unpublished and are tried again.
        this.logger.error({ msg: `outbox relay failed, retrying in ${this.config.outboxPollMs} ms`, err: error });
      }
      if (relayed < this.config.outboxBatchSize) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resume) => {
      const timer = setTimeout(resume, this.config.outboxPollMs);
      this.wake = () => {
        clearTimeout(timer);
        resume();
      };
    });
  }
}
