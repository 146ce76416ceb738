/**
 * `npm run proof:fault:<postgres|redis|worker|api>`: the mixed load with one fault beside
 * it, then the invariant check and the fault's own checks. See docs/reliability.md.
 */
import { FAULTS } from './faults.js';
import { runProof } from './proof-run.js';

const name = process.argv[2];
const fault = FAULTS.find((candidate) => candidate.name === name);
if (!fault) {
  process.stderr.write(`proof:fault: name one of ${FAULTS.map((candidate) => candidate.name).join(', ')} (got ${name ?? 'nothing'})\n`);
  process.exit(2);
}
await runProof(`proof:fault:${fault.name}`, fault);
