import { Logger } from '@nestjs/common';

/**
 * Runs a batch of work in a loop for as long as the worker runs: batch after batch while each
 * comes back full (a backlog), then every `pollMs`. A failed batch (PostgreSQL or Redis away for
 * a moment) is logged and tried again after the pause. Stopping waits for the batch in hand;
 * `wake` starts the next batch now (work was just written).
 */
export class PollingLoop {
  private readonly logger: Logger;
  private running = false;
  private loop: Promise<void> | null = null;
  private resume: (() => void) | null = null;

  constructor(
    name: string,
    private readonly batch: () => Promise<number>,
    private readonly settings: { batchSize: number; pollMs: number },
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  wake(): void {
    this.resume?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let done = 0;
      try {
        done = await this.batch();
      } catch (error) {
        this.logger.error({ msg: `batch failed, retrying in ${this.settings.pollMs} ms`, err: error });
      }
      if (done < this.settings.batchSize) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resume) => {
      const timer = setTimeout(resume, this.settings.pollMs);
      this.resume = () => {
        clearTimeout(timer);
        resume();
      };
    });
  }
}
