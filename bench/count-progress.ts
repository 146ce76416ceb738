/**
 * A count line per second on stderr for work measured by how much is done rather than by
 * time (progress.ts is for timed phases): the count, of how many when known, its rate and
 * the time left at that rate. Rewritten in place in a terminal, one line a second in a log.
 */
export class CountProgress {
  private readonly startedAt = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly inPlace = process.stderr.isTTY === true;

  constructor(
    private readonly label: string,
    private readonly count: () => number,
    private readonly unit: string,
    private readonly total: number | null = null,
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
    const rate = count / Math.max(seconds, 0.001);
    const of = this.total === null ? '' : `/${this.total.toLocaleString('en')}`;
    const left = this.total !== null && rate > 0 && count < this.total ? `, ${formatDuration((this.total - count) / rate)} left` : '';
    const line = `${this.label}: ${count.toLocaleString('en')}${of} ${this.unit} in ${formatDuration(seconds)} (${rate.toFixed(0)}/s${left})`;
    if (this.inPlace) process.stderr.write(`\r\x1b[K${line}${last ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  }
}

function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
