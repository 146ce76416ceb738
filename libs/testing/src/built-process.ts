import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expectEventually } from './expect-eventually.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * An entry point of the build (`npm test` builds first), run as its own process the way
 * a user runs it: `dist/apps/<app>/src/<entry>.js`, with exactly the environment given.
 */
export class BuiltProcess {
  private readonly child: ChildProcess;
  private out = '';
  private err = '';
  readonly exited: Promise<Exit>;

  constructor(entry: string, env: Record<string, string>, args: readonly string[] = []) {
    this.child = spawn(process.execPath, [`${REPOSITORY}dist/apps/${entry}.js`, ...args], {
      cwd: REPOSITORY,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.out += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.err += chunk.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code, signal) => resolve({ code, signal, stdout: this.out, stderr: this.err })),
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get output(): string {
    return this.out + this.err;
  }

  /** Resolves once the combined output matches, or fails with what was printed. */
  async waitForOutput(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    await expectEventually(() => {
      if (!pattern.test(this.output)) throw new Error(`No ${pattern} in the output so far:\n${this.output}`);
    }, timeoutMs);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Runs the entry point to its end, with the command-line arguments given. */
  static run(entry: string, env: Record<string, string>, args: readonly string[] = []): Promise<Exit> {
    return new BuiltProcess(entry, env, args).exited;
  }
}
