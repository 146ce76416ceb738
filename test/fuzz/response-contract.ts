import type { RawResponse } from './raw-http.client.js';

/** The 401 messages of the API (README, Accounts): a client tells from them whether to log in again. */
const UNAUTHORIZED_MESSAGES = ['missing bearer token', 'token expired', 'token invalid', 'signed out: log in again', 'email or password is wrong'];
const ROLES = ['applicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'];

/** What the request is known to have broken: names a 400 must mention one of, or `unknown`. */
export type Broken = string[] | 'unknown';

/**
 * What the errors contract asks of a refusal (4xx): a JSON body with its status, an error code,
 * a message (a sentence or a list of them, none empty) and the request id the response header
 * carries; 401s say why, 403s name allowedRoles, 429s say when to come back, and a 400 names
 * something the request broke. Returns the violations, none when the answer keeps the contract.
 */
export function refusalViolations(response: RawResponse, broken: Broken): string[] {
  const body = response.body as Record<string, unknown> | string;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [`the body is not a JSON object: ${String(response.text).slice(0, 200)}`];
  const problems: string[] = [];
  const headerId = response.headers['x-request-id'];
  if (typeof body.requestId !== 'string' || body.requestId === '') problems.push('no requestId in the body');
  else if (body.requestId !== headerId) problems.push(`requestId ${body.requestId} is not the X-Request-Id header ${String(headerId)}`);
  if (body.statusCode !== response.status) problems.push(`statusCode ${String(body.statusCode)} is not the status ${response.status}`);
  if (typeof body.error !== 'string' || body.error === '') problems.push('no error code');
  const messages = Array.isArray(body.message) ? body.message : [body.message];
  if (messages.length === 0 || !messages.every((message) => typeof message === 'string' && message.trim() !== '')) {
    problems.push(`message is not a sentence or a list of sentences: ${JSON.stringify(body.message)}`);
  }
  if (response.status === 401 && !UNAUTHORIZED_MESSAGES.includes(body.message as string)) problems.push(`a 401 that does not say why: ${JSON.stringify(body.message)}`);
  if (response.status === 403) {
    const allowed = body.allowedRoles;
    if (!Array.isArray(allowed) || !allowed.every((role) => ROLES.includes(role as string))) problems.push(`a 403 without allowedRoles: ${JSON.stringify(allowed)}`);
  }
  if (response.status === 429 && !response.headers['retry-after']) problems.push('a 429 without Retry-After');
  if (response.status === 400 && broken !== 'unknown' && broken.length > 0) {
    const said = `${JSON.stringify(body.message)} ${String(body.field ?? '')} ${JSON.stringify(body.problems ?? '')}`.toLowerCase();
    if (!broken.some((name) => said.includes(name.toLowerCase()))) problems.push(`a 400 that names none of what was broken (${broken.join(', ')})`);
  }
  return problems;
}
