/**
 * What every benchmark script does around its measurements: stop what it started (newest
 * first, once, on success, failure or Ctrl-C), fail with one line a user can act on, and
 * print its results as aligned tables.
 */
export class BenchRun {
  private readonly cleanups: Array<() => Promise<unknown>> = [];
  private cleaning: Promise<void> | undefined;
  /** Set by SIGINT or SIGTERM: loads cut short then fail on what was stopped, and the signal handler exits. */
  interrupted = false;

  constructor(private readonly script: string) {}

  /** On SIGINT or SIGTERM: says what it stops, cleans up and exits 130. */
  stopOnSignals(whatStops: () => string): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.interrupted = true;
        process.stderr.write(`\n${signal}: ${whatStops()}\n`);
        void this.cleanUp().then(() => process.exit(130));
      });
    }
  }

  onCleanUp(cleanup: () => Promise<unknown>): void {
    this.cleanups.push(cleanup);
  }

  /** Stops what the run started, newest first, once: a signal and a failing load may both ask. */
  cleanUp(): Promise<void> {
    this.cleaning ??= (async () => {
      for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    })();
    return this.cleaning;
  }

  /** One message, and the stack only when the error is not one a user can act on from its message. */
  fail(error: unknown): never {
    const actionable = error instanceof Error && ('code' in error || error.message.includes(' must '));
    const text = error instanceof Error ? (actionable ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`\n${this.script} failed: ${text}\n`);
    process.exit(1);
  }

  orExit<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      return this.fail(error);
    }
  }
}

/** Rows as lines: the first column left-aligned, the others right-aligned, two spaces apart. */
export function formatTable(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd());
}
