import { problem } from '#libs/errors';
import { invalidRequest } from '../errors/validation-problems.js';

/** `If-Match: "7"` or `If-Match: 7` → 7; absent → null; anything else is a bad request. */
export function expectedVersion(ifMatch: string | undefined): number | null {
  if (ifMatch === undefined) return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw invalidRequest([problem('If-Match', 'If-Match には、開いたときの案件の版（例："7"）を入れてください。', 'If-Match must carry the case version, e.g. "7"')]);
  }
  return Number(match[1]);
}
