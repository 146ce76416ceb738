import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { LocalServiceException } from './local-service.exception.js';
import type { ServiceLogger } from './service-logger.js';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 6379;
const STARTUP_TIMEOUT_MS = 10_000;

export interface RunningRedis {
  redisUrl: string;
  /** Present when the main job started this redis-server itself. */
  stop?: () => Promise<void>;
}

/**
 * The Redis of the main job when REDIS_URL is unset: the one on 127.0.0.1:6379 when it
 * answers, otherwise a redis-server from the PATH with append-only persistence in `dataDir`.
 */
export async function ensureLocalRedis(dataDir: string, logger: ServiceLogger): Promise<RunningRedis> {
  const redisUrl = `redis://${DEFAULT_HOST}:${DEFAULT_PORT}`;
  if (await answersPing(redisUrl)) {
    logger.info(`Using the Redis already running at ${redisUrl}`);
    return { redisUrl };
  }
  const executable = findOnPath('redis-server');
  if (!executable) {
    throw new LocalServiceException(
      `Nothing answers at ${redisUrl} and there is no redis-server on the PATH. ` +
        'Install one (Debian/Ubuntu: sudo apt-get install redis-server), start the redis service of docker/compose.yml, ' +
        'or set REDIS_URL to a Redis of your own.',
    );
  }
  const redisDir = resolve(dataDir, 'redis');
  await mkdir(redisDir, { recursive: true });
  logger.info(`Starting ${executable} on ${redisUrl} with append-only persistence in ${redisDir}`);
  const child = spawn(
    executable,
    ['--port', String(DEFAULT_PORT), '--bind', DEFAULT_HOST, '--dir', redisDir, '--appendonly', 'yes', '--save', ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => logger.debug(chunk.toString().trim()));
  child.stderr.on('data', (chunk: Buffer) => logger.warn(chunk.toString().trim()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await answersPing(redisUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new LocalServiceException(`redis-server did not start on ${redisUrl}; run it by hand to see why.`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    redisUrl,
    stop: async () => {
      // SIGTERM makes redis-server flush the append-only file before it exits.
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Whether a Redis answers PING at `redisUrl` now (one attempt, no retry). */
export async function answersPing(redisUrl: string): Promise<boolean> {
  const client = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // the failed connect below says enough
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function findOnPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(folder, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
