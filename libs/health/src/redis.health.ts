import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { AppConfig } from '#libs/config';

const PING_TIMEOUT_MS = 1000;

/**
 * Pings Redis on a connection of its own that never queues commands, so a dead Redis
 * answers at once, with the reason the last connection attempt failed.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;
  private readonly address: string;
  private lastConnectionError?: Error;

  constructor(
    config: AppConfig,
    private readonly healthIndicatorService: HealthIndicatorService,
  ) {
    const url = new URL(config.redisUrl);
    this.address = `${url.hostname}:${url.port || 6379}`;
    this.client = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectionName: 'health',
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.client.on('error', (error: Error) => (this.lastConnectionError = error));
    this.client.on('ready', () => (this.lastConnectionError = undefined));
    this.client.connect().catch(() => undefined); // reported by the next check, not at boot
  }

  isHealthy<Key extends string>(key: Key) {
    return this.healthIndicatorService
      .check(key)
      .attempt(async () => {
        if (this.client.status !== 'ready') await this.firstConnection();
        await this.client.ping();
        return { address: this.address };
      })
      .withTimeout(PING_TIMEOUT_MS);
  }

  /** Right after boot the first connection may still be under way: wait for it, but never for a retry. */
  private firstConnection(): Promise<void> {
    if (this.lastConnectionError) return Promise.reject(this.unreachable(this.lastConnectionError));
    return new Promise((resolve, reject) => {
      const settle = (error?: Error) => {
        this.client.off('ready', settle).off('error', settle);
        return error ? reject(this.unreachable(error)) : resolve();
      };
      this.client.once('ready', settle).once('error', settle);
    });
  }

  private unreachable(cause: Error): Error {
    return new Error(`Redis at ${this.address} is unreachable: ${cause.message}`);
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
