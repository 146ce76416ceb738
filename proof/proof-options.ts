import { wholeNumberOptions } from '../bench/whole-number-option.js';

/** What one proof run does, read once from the environment (every figure has a default). */
export interface ProofOptions {
  seconds: number;
  clients: number;
  tenants: number;
  organizationsPerTenant: number;
  seed: number;
  /** Deadlines of the reminder peak, in the runs that have one. */
  peak: number;
}

export function readProofOptions(env: NodeJS.ProcessEnv = process.env): ProofOptions {
  const problems: string[] = [];
  const whole = wholeNumberOptions(env, problems);
  const options: ProofOptions = {
    seconds: whole('PROOF_SECONDS', 60, 5, 3600),
    clients: whole('PROOF_CLIENTS', 16, 1, 200),
    tenants: whole('PROOF_TENANTS', 3, 1, 50),
    organizationsPerTenant: whole('PROOF_ORGANIZATIONS', 8, 2, 500),
    seed: whole('PROOF_SEED', 1, 0, 1_000_000),
    peak: whole('PROOF_PEAK', 1000, 1, 100_000),
  };
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}
