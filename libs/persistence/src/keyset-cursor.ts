/** Where a keyset page starts: the creation instant and id of the last row of the page before. */
export interface KeysetPosition {
  createdAt: string;
  id: string;
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

/** `2025-05-10T03:00:00.000Z` as toISOString writes it, a real instant of the years 0001 to 9999 (PostgreSQL has no year 0). */
function isIsoInstant(text: string): boolean {
  return /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) && new Date(text).toISOString() === text;
}
