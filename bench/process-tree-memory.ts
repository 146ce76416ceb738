import { readdirSync, readFileSync } from 'node:fs';

/** What a process tree held at its peak, in MiB; null figures when /proc does not tell. */
export interface TreeMemory {
  /** Processes seen in the tree over the whole run. */
  processes: number;
  /** The largest peak (VmHWM) of any one process of the tree, and that process's kind (Chromium's --type, or the program's name). */
  largestMiB: number | null;
  largestKind: string | null;
  /** The most the tree's processes held at once (their VmRSS summed at one sample): shared pages count once per process. */
  sumAtOnceMiB: number | null;
}

/**
 * Peak memory of the processes below this one that a launched program started (Chromium's
 * browser, zygotes, renderers, GPU and utility processes), sampled from /proc every
 * `everyMs`: a renderer that lives between two samples is missed, so the figures are a floor.
 * `excluded` are roots left out with their children (the API process, measured on its own).
 */
export class ProcessTreeMemory {
  private readonly largest = new Map<number, number>();
  private readonly kinds = new Map<number, string>();
  private sumAtOnce = 0;
  private visible = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly excluded: () => readonly number[],
    everyMs = 500,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  /** One last sample (call before the processes exit), then the figures. */
  stop(): TreeMemory {
    this.sample();
    clearInterval(this.timer);
    const [largestPid, largestKib] = [...this.largest.entries()].reduce((most, each) => (each[1] > most[1] ? each : most), [0, 0]);
    const seen = this.visible && this.largest.size > 0;
    return {
      processes: this.largest.size,
      largestMiB: seen ? largestKib / 1024 : null,
      largestKind: seen ? (this.kinds.get(largestPid) ?? null) : null,
      sumAtOnceMiB: seen ? this.sumAtOnce / 1024 : null,
    };
  }

  private sample(): void {
    let sum = 0;
    for (const pid of descendantsOf(process.pid, new Set(this.excluded()))) {
      const status = statusOf(pid);
      if (!status) continue;
      this.visible = true;
      const peak = kib(status, 'VmHWM');
      if (peak !== null) this.largest.set(pid, Math.max(this.largest.get(pid) ?? 0, peak));
      if (!this.kinds.has(pid)) this.kinds.set(pid, kindOf(pid, status));
      sum += kib(status, 'VmRSS') ?? 0;
    }
    this.sumAtOnce = Math.max(this.sumAtOnce, sum);
  }
}

function descendantsOf(root: number, excluded: ReadonlySet<number>): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone between the listing and the read
    }
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (excluded.has(pid)) continue;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function statusOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
}

/** Chromium names each child's role in its command line (--type=renderer, gpu-process, zygote, utility); the browser process has none. */
function kindOf(pid: number, status: string): string {
  try {
    const type = /(?:^|\0)--type=([^\0]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    if (type) return type[1] as string;
  } catch {
    // gone: fall back to its name
  }
  return /^Name:\s+(.+)$/m.exec(status)?.[1] ?? 'unknown';
}

function kib(status: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) : null;
}
