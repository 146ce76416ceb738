export { AppConfig, logFormatFor } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { ConfigurationException } from './configuration.exception.js';
export { EnvironmentVariables, type LogFormat, type LogLevel } from './environment-variables.dto.js';
export { CONFIGURATION_EXIT_CODE, loadConfigOrExit, readApiConfig, readAppConfig } from './load-config-or-exit.js';
export { readEnvironment } from './read-environment.js';
