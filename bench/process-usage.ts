import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** Peak resident memory of this process so far, in MiB (getrusage: it never goes down). */
export function ownPeakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Peak resident memory of another process on this machine (VmHWM), in MiB; null when /proc does not tell. */
export function peakRssMiBOf(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Linux counts utime and stime in clock ticks of 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU time of the PostgreSQL backends serving one database, when the server runs on this
 * machine and /proc shows its processes (as root, or as the postgres user); else null.
 * Backends that appear during the window count from zero.
 */
export class BackendCpu {
  private readonly before = new Map<number, number>();
  private visible = true;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly database: string,
  ) {}

  static async start(pool: pg.Pool, database: string): Promise<BackendCpu> {
    const meter = new BackendCpu(pool, database);
    for (const pid of await meter.pids()) {
      const seconds = cpuSecondsOf(pid);
      if (seconds === null) meter.visible = false;
      else meter.before.set(pid, seconds);
    }
    return meter;
  }

  /** CPU seconds the backends used since `start`, or null when they cannot be read. */
  async stop(): Promise<number | null> {
    if (!this.visible) return null;
    const pids = await this.pids();
    if (pids.length === 0) return null;
    let total = 0;
    for (const pid of pids) {
      const seconds = cpuSecondsOf(pid);
      if (seconds === null) return null;
      total += seconds - (this.before.get(pid) ?? 0);
    }
    return total;
  }

  private async pids(): Promise<number[]> {
    const { rows } = await this.pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [this.database]);
    return rows.map((row) => row.pid);
  }
}
