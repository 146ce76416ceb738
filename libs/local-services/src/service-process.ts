import { type ChildProcess, spawn } from 'node:child_process';

export interface ProcessExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One of the main job's Node processes (API or worker). Output goes straight to the
 * terminal; a stop sends SIGTERM, then SIGKILL if the process outlives the grace period.
 */
export class ServiceProcess {
  private readonly child: ChildProcess;
  readonly exited: Promise<ProcessExit>;

  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
    this.exited = new Promise((done) =>
      this.child.once('exit', (code, signal) => done({ name, code, signal })),
    );
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(graceMs: number): Promise<ProcessExit> {
    if (this.running) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited.finally(() => clearTimeout(timer));
    }
    return this.exited;
  }
}
