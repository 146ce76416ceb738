import { AppConfig } from './app-config.js';
import { ConfigurationException } from './configuration.exception.js';
import { readEnvironment } from './read-environment.js';

/** sysexits.h EX_CONFIG: lets a supervisor tell a configuration error from a crash. */
export const CONFIGURATION_EXIT_CODE = 78;

/**
 * The start-up gate of every entry point: either valid configuration, or one line
 * on stderr naming the variable and what is wrong, and exit code 78.
 */
export function loadConfigOrExit<T>(read: (env: NodeJS.ProcessEnv) => T): T {
  try {
    return read(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationException)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(CONFIGURATION_EXIT_CODE);
  }
}

/** Configuration of the worker and the CLI: DATABASE_URL is required. */
export function readAppConfig(env: NodeJS.ProcessEnv): AppConfig {
  return AppConfig.fromEnvironment(readEnvironment(env), Boolean(process.stdout.isTTY));
}

/** Configuration of the API: DATABASE_URL and JWT_SECRET are required. */
export function readApiConfig(env: NodeJS.ProcessEnv): AppConfig {
  return AppConfig.fromEnvironment(readEnvironment(env), Boolean(process.stdout.isTTY), { requireJwtSecret: true });
}
