/**
 * Errors that mean PostgreSQL could not be reached or dropped the connection (a restart, a
 * failover, the network), not that the request was wrong: the caller may send it again.
 * Node's socket codes, and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P
 * (operator intervention: shutdown, crash recovery, cannot connect now).
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const SQLSTATE_PREFIXES = ['08', '57P'];
/** 08P01, in class 08 but our bug (too many bind parameters, say): sending it again will not help. */
const PROTOCOL_VIOLATION = '08P01';
const PG_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /^Client has encountered a connection error/];

/** The connection under a unit of work failed mid-way; SQLSTATE 08006, connection_failure. */
export class DatabaseConnectionLost extends Error {
  readonly code = '08006';

  constructor(cause: Error) {
    super(`the database connection was lost during the request (${cause.message})`, { cause });
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code !== PROTOCOL_VIOLATION && (SOCKET_CODES.has(code) || SQLSTATE_PREFIXES.some((prefix) => code.startsWith(prefix)))) {
      return true;
    }
    if (PG_MESSAGES.some((pattern) => pattern.test(cause instanceof Error ? cause.message : ''))) return true;
    // TypeORM wraps the driver's error in QueryFailedError.driverError.
    cause = (cause as { driverError?: unknown; cause?: unknown }).driverError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
