/**
 * Reads whole-number options from the environment for a benchmark or proof script: unset or
 * empty gives the fallback; anything else must be a whole number in range, or its problem is
 * added to `problems` (all are reported together, once every option was read).
 */
export function wholeNumberOptions(env: NodeJS.ProcessEnv, problems: string[]) {
  return (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) problems.push(`${name} must be a whole number from ${min} to ${max}, not ${raw}`);
    return value;
  };
}
