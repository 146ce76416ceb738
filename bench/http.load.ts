import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../libs/testing/src/free-port.js';
import { peakRssMiBOf } from './process-usage.js';
import { Progress } from './progress.js';

/** This file runs as bench/dist/bench/http.load.js; the repository is three folders up. */
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

export interface HttpResult {
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

export interface HttpLoad {
  connections: number;
  seconds: number;
}

/**
 * The built API (`dist/apps/api/src/main.js`) as its own process, the way `npm run start:api`
 * runs it: its own event loop and its own peak RSS, logging at the default level with stdout
 * sent to /dev/null (so the benchmark does not pay for reading it).
 */
export class ApiProcess {
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
  }

  /** `env` adds to the variables below (WEB_APP_DIR, for one). */
  static async start(databaseUrl: string, redisUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [`${REPOSITORY}dist/apps/api/src/main.js`], {
      cwd: REPOSITORY,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        PORT: String(port),
        JWT_SECRET: randomBytes(32).toString('hex'),
        QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
        LOG_FORMAT: 'json',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    await api.waitUntilAnswering();
    return api;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Peak RSS of the API process so far (read before it is stopped). */
  peakRssMiB(): number | null {
    return peakRssMiBOf(this.pid);
  }

  async login(tenant: string, email: string, password: string): Promise<string> {
    const response = await fetch(`${this.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, email, password }),
    });
    if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  /**
   * A fixed load: `connections` keep one request each in flight for `seconds`. `paths` are
   * taken in turn, so the requests spread over many cases.
   */
  async load(route: string, load: HttpLoad, request: { method: 'GET' | 'POST'; paths: readonly string[]; token: string; body?: object }): Promise<HttpResult> {
    let next = 0;
    let answered = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: this.baseUrl,
          connections: load.connections,
          duration: load.seconds,
          headers: { authorization: `Bearer ${request.token}`, 'content-type': 'application/json' },
          requests: [
            {
              method: request.method,
              ...(request.body ? { body: JSON.stringify(request.body) } : {}),
              setupRequest: (raw) => ({ ...raw, path: request.paths[next++ % request.paths.length] as string }),
            },
          ],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on('response', () => (answered += 1));
      const progress = new Progress(route, load.seconds, () => answered, 'requests');
      instance.on('done', () => progress.stop());
    });
    return {
      route,
      requestsPerSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timeout);
  }

  private async waitUntilAnswering(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`the API exited with ${this.child.exitCode} before answering:\n${this.stderr}`);
      try {
        // Any answer will do (503 when Redis is down): the process is up and routing.
        await fetch(`${this.baseUrl}/health`);
        return;
      } catch {
        if (Date.now() >= deadline) throw new Error(`the API did not answer within ${timeoutMs / 1000} s:\n${this.stderr}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
  }
}
