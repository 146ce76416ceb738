/** A bad or missing environment variable: reported as one line, never a stack trace. */
export class ConfigurationException extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigurationException';
  }
}
