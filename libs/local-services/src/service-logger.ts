/** The few log calls the local services make; a pino logger fits. */
export interface ServiceLogger {
  info(message: string): void;
  debug(message: string): void;
  warn(message: string): void;
}
