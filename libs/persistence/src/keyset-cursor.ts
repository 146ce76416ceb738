/**
 * Where a keyset page starts: the creation instant and id of the last row of the page before.
 * The instant keeps PostgreSQL's microseconds: one cut to milliseconds would skip the rows
 * created in the same millisecond as that row (those of one transaction share their instant).
 */
export interface KeysetPosition {
  createdAt: string;
  id: string;
}

/** SQL giving a timestamptz column as a cursor instant: ISO 8601 in UTC with microseconds. */
export function keysetInstantSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify({ createdAt: position.createdAt, id: position.id })).toString('base64url');
}

/**
 * The position in a cursor this API gave out, or null when it is not exactly one: anything
 * else PostgreSQL might fail to cast (36 dashes for a UUID, 2025-02-30, year -271821) would
 * otherwise surface as a 500.
 */
export function decodeKeysetCursor(cursor: string): KeysetPosition | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Partial<KeysetPosition>;
    if (typeof parsed.createdAt === 'string' && isIsoInstant(parsed.createdAt) && typeof parsed.id === 'string' && UUID.test(parsed.id)) {
      return { createdAt: parsed.createdAt, id: parsed.id };
    }
  } catch {
    // not base64url JSON: not one of ours
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `2025-05-10T03:00:00.123456Z` as `keysetInstantSql` writes it (or with milliseconds only, as
 * cursors were once given out): a real instant of the years 0001 to 9999 (PostgreSQL has no year 0).
 */
function isIsoInstant(text: string): boolean {
  if (!/^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(\d{3})?Z$/.test(text)) return false;
  const milliseconds = `${text.slice(0, 23)}Z`;
  return new Date(milliseconds).toISOString() === milliseconds;
}
