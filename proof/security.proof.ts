/**
 * `npm run proof:security` (first part): the access matrix of the case API and forged tokens,
 * asked round after round while the mixed load runs; then the invariant check. The second
 * part of the command is test/security.e2e-spec.ts (path traversal, oversized uploads, SQL
 * injection strings in every filter). See docs/reliability.md.
 */
import { AccessProbe } from './access-probe.js';
import type { Scenario } from './scenario.js';
import { runProof } from './proof-run.js';

/** Rounds of the matrix asked at once, beside the load's own clients. */
const PARALLEL_ROUNDS = 3;

let probe: AccessProbe | undefined;

const accessMatrixUnderLoad: Scenario = {
  name: 'security',
  title: 'the access matrix of the case API and forged tokens, re-checked round after round under the mixed load',
  reconcileEveryMs: 300_000,
  withPeak: false,
  emailsInDoubtAllowed: 0,
  toleratedStatuses: [],
  async inject(stack, _options, until, log) {
    probe = await AccessProbe.prepare(stack);
    log('access matrix: cases prepared, rounds start');
    await probe.run(until, PARALLEL_ROUNDS);
    log(`access matrix: ${probe.rounds} rounds, ${probe.cells} cells asked`);
  },
  async verify() {
    if (!probe || probe.cells === 0) return ['the access matrix was never asked'];
    return probe.mismatches;
  },
};

await runProof('proof:security', accessMatrixUnderLoad);
