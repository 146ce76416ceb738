import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { ConfigurationException, loadConfigOrExit, logFormatFor, readEnvironment } from '#libs/config';
import { LocalServiceException, runMainJob } from '#libs/local-services';
import { pinoOptions } from '#libs/logging';

const variables = loadConfigOrExit(readEnvironment);
const logger = pino(pinoOptions('launcher', variables.LOG_LEVEL, logFormatFor(variables, Boolean(process.stdout.isTTY))));
const script = (app: string) => fileURLToPath(new URL(`../../${app}/src/main.js`, import.meta.url));

try {
  process.exitCode = await runMainJob(variables, { api: script('api'), worker: script('worker') }, logger);
} catch (error) {
  if (!(error instanceof LocalServiceException || error instanceof ConfigurationException)) throw error;
  logger.fatal(error.message);
  process.exitCode = 1;
}
