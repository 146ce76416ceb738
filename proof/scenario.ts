import type { ProofOptions } from './proof-options.js';
import type { ProofStack } from './proof-stack.js';

/** What a run does beside the load (nothing, a fault, or the security checks), and what it checks afterwards on top of the invariants. */
export interface Scenario {
  /** Its word in the output (and in `npm run proof:fault:<name>`). */
  name: string;
  title: string;
  /** RECONCILE_EVERY_MS of the worker in this run. */
  reconcileEveryMs: number;
  /** Schedules a reminder peak at the start of the load. */
  withPeak: boolean;
  /**
   * Answers the load may get besides 2xx: none, but where the fault makes them right (503
   * while PostgreSQL is away). Any other 4xx or 5xx fails the run: the load sends only valid
   * requests, and a retry answered 4xx would mean an Idempotency-Key replay went wrong.
   */
  toleratedStatuses: readonly number[];
  /** E-mails the run may leave in doubt (claimed, then the worker killed before the mail server answered); 0 but where workers are killed. */
  emailsInDoubtAllowed: number;
  /** Runs beside the load, from its start until `until` (epoch ms); says each thing it did through `log`. */
  inject(stack: ProofStack, options: ProofOptions, until: number, log: (line: string) => void): Promise<void>;
  /** Problems found by the scenario's own checks after the stack settled (the invariants are checked for every run). */
  verify(stack: ProofStack): Promise<string[]>;
}

export const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

/** `times` moments spread over the load, from a fifth to four fifths of it, as epoch ms. */
export function momentsOver(seconds: number, times: number, startedAt = Date.now()): number[] {
  return Array.from({ length: times }, (_, index) => startedAt + ((seconds * 1000 * (1 + (3 * index) / Math.max(times - 1, 1))) / 5));
}

export async function atMoments(moments: number[], until: number, act: (index: number) => Promise<void>): Promise<void> {
  for (const [index, moment] of moments.entries()) {
    if (moment >= until) return;
    await sleep(Math.max(0, moment - Date.now()));
    await act(index);
  }
}
