/**
 * A count line per second on stderr while a phase runs: elapsed of planned seconds, the
 * count so far and its rate. In a terminal the line is rewritten in place; in a log, one
 * line a second. stdout stays for the results.
 */
export class Progress {
  private readonly startedAt = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly inPlace = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    private readonly plannedSeconds: number,
    private readonly count: () => number,
    private readonly unit: string,
  ) {
    this.timer = setInterval(() => this.print(false), 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.print(true);
  }

  private print(last: boolean): void {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const count = this.count();
    const line = `${this.label}: ${Math.min(seconds, this.plannedSeconds).toFixed(0)}/${this.plannedSeconds} s, ${count} ${this.unit} (${(count / Math.max(seconds, 0.001)).toFixed(0)}/s)`;
    if (this.inPlace) process.stderr.write(`\r\x1b[K${line}${last ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  }
}

/** A one-off step of the setup, announced on stderr. */
export async function step<T>(what: string, work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  process.stderr.write(`${what} …`);
  const result = await work();
  process.stderr.write(` ${((performance.now() - startedAt) / 1000).toFixed(1)} s\n`);
  return result;
}
