import canonicalize from 'canonicalize';
import { AuditErrorCode, AuditException } from './audit.exception.js';

/** A value as JSON has it, and as it comes back from a jsonb column. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object: the shape of every audit payload. */
export type JsonObject = { readonly [key: string]: JsonValue };

/**
 * The payload as jsonb will give it back: what `JSON.stringify` would send, parsed again
 * (dates become ISO strings, `undefined` members disappear, -0 becomes 0). Hashing this
 * rather than the caller's object is what lets the verifier recompute the hash from the row.
 * Refused: anything without a JSON form (NaN, Infinity, bigint, lone surrogates, a function,
 * a non-object at the top) and the NUL character, which jsonb rejects.
 */
export function toStoredJson(payload: Readonly<Record<string, unknown>>): JsonObject {
  let canonical: string | undefined;
  try {
    canonical = canonicalize(payload);
  } catch (error) {
    throw notJson(error instanceof Error ? error.message : String(error));
  }
  if (canonical === undefined || !canonical.startsWith('{')) throw notJson('the payload is not a JSON object');
  if (canonical.includes('\\u0000')) throw notJson('jsonb cannot store the NUL character (\\u0000)');
  try {
    return JSON.parse(canonical) as JsonObject;
  } catch {
    // canonicalize writes `undefined` for members such as functions, which JSON cannot express.
    throw notJson('a member has no JSON form (a function or a symbol?)');
  }
}

function notJson(reason: string): AuditException {
  return new AuditException(AuditErrorCode.PayloadNotJson, `Audit payload is not storable JSON: ${reason}`);
}
