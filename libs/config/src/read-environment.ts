import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigurationException } from './configuration.exception.js';
import { EnvironmentVariables } from './environment-variables.dto.js';

/**
 * Reads and validates the variables this project knows. Empty values count as unset,
 * as compose files and shells often pass `NAME=` for "not configured".
 */
export function readEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const variables = plainToInstance(EnvironmentVariables, present);
  const problems = validateSync(variables).flatMap((error) =>
    // The first failed rule of a variable is enough to act on.
    Object.values(error.constraints ?? {}).slice(0, 1),
  );
  if (problems.length > 0) throw new ConfigurationException(problems);
  return variables;
}
