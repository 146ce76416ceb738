/**
 * `npm run proof:load`: the mixed load (list, read, history, events, uploads) of many
 * organizations of several municipalities, and a reminder peak, against the built API and
 * worker on a stack of the run's own, for PROOF_SECONDS; then the invariant check. See
 * docs/reliability.md.
 */
import { runProof } from './proof-run.js';

await runProof('proof:load', {
  name: 'load',
  title: 'the mixed load and a reminder peak, no fault',
  reconcileEveryMs: 300_000,
  withPeak: true,
  emailsInDoubtAllowed: 0,
  toleratedStatuses: [],
  inject: async () => undefined,
  verify: async () => [],
});
