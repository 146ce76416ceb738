import type { RawResponse } from './raw-http.client.js';

/** The 401 codes of the API (docs/api.md, Accounts): a client tells from them whether to log in again. */
const UNAUTHORIZED_CODES = ['AUTH_MISSING_CREDENTIALS', 'AUTH_TOKEN_EXPIRED', 'AUTH_TOKEN_INVALID', 'AUTH_SIGNED_OUT', 'AUTH_WRONG_CREDENTIALS'];
const ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'];
const SESSION_REFUSALS = ['AUTH_CSRF_REJECTED', 'AUTH_PASSWORD_CHANGE_REQUIRED'];
/** A reviewer's application withheld until their declaration of conflicts: about their turn, not their role. */
const DECLARATION_OWED = 'CASE_CONFLICT_DECLARATION_OWED';

/** What the request is known to have broken: names a 400 must mention one of, or `unknown`. */
export type Broken = string[] | 'unknown';

/**
 * What the errors contract asks of a refusal (4xx): a JSON body with its status, a code, a
 * message (a sentence, not empty), its problems each with a field (or null) and a message, and
 * the request id the response header carries; 401s say why, 403s name allowedRoles (or, for a
 * declaration owed, the events that make it), 429s say
 * when to come back, and a 400 names something the request broke. Returns the violations, none
 * when the answer keeps the contract.
 */
export function refusalViolations(response: RawResponse, broken: Broken): string[] {
  const body = response.body as Record<string, unknown> | string;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [`the body is not a JSON object: ${String(response.text).slice(0, 200)}`];
  const problems: string[] = [];
  const headerId = response.headers['x-request-id'];
  if (typeof body.requestId !== 'string' || body.requestId === '') problems.push('no requestId in the body');
  else if (body.requestId !== headerId) problems.push(`requestId ${body.requestId} is not the X-Request-Id header ${String(headerId)}`);
  if (body.statusCode !== response.status) problems.push(`statusCode ${String(body.statusCode)} is not the status ${response.status}`);
  if (typeof body.code !== 'string' || body.code === '') problems.push('no error code');
  if (typeof body.message !== 'string' || body.message.trim() === '') problems.push(`message is not a sentence: ${JSON.stringify(body.message)}`);
  const listed = Array.isArray(body.problems) ? (body.problems as unknown[]) : null;
  const wellFormed = (item: unknown) => {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    return (field === null || typeof field === 'string') && typeof message === 'string' && message.trim() !== '';
  };
  if (listed === null || !listed.every(wellFormed)) problems.push(`problems is not a list of { field, message }: ${JSON.stringify(body.problems)}`);
  if (response.status === 401 && !UNAUTHORIZED_CODES.includes(body.code as string)) problems.push(`a 401 that does not say why: ${JSON.stringify(body.code)}`);
  // A session's own refusals (CSRF, a one-time password) are about the session, not a role.
  if (response.status === 403 && body.code === DECLARATION_OWED) {
    if (!Array.isArray(body.acceptableEvents)) problems.push(`a 403 ${DECLARATION_OWED} without acceptableEvents: ${JSON.stringify(body.acceptableEvents)}`);
  } else if (response.status === 403 && !SESSION_REFUSALS.includes(body.code as string)) {
    const allowed = body.allowedRoles;
    if (!Array.isArray(allowed) || !allowed.every((role) => ROLES.includes(role as string))) problems.push(`a 403 without allowedRoles: ${JSON.stringify(allowed)}`);
  }
  if (response.status === 429 && !response.headers['retry-after']) problems.push('a 429 without Retry-After');
  if (response.status === 400 && broken !== 'unknown' && broken.length > 0) {
    const said = `${JSON.stringify(body.message)} ${JSON.stringify(body.problems ?? '')}`.toLowerCase();
    if (!broken.some((name) => said.includes(name.toLowerCase()))) problems.push(`a 400 that names none of what was broken (${broken.join(', ')})`);
  }
  return problems;
}
