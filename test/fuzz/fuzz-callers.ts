import fc from 'fast-check';
import type { CaseRole } from '#libs/lifecycle';
import { type SeededTenant, TEST_PASSWORD } from '#libs/testing';
import type { FuzzWorld, OwnedId } from './fuzz-world.js';
import type { RawHttpClient } from './raw-http.client.js';

type SeededUserKey = keyof SeededTenant['users'];

/** Who sends a fuzzed request: a seeded user of either municipality, or nobody. */
export interface Caller {
  who: SeededUserKey | 'anonymous';
  tenant: OwnedId['tenant'];
}

const HOME_USERS: SeededUserKey[] = ['applicant', 'otherApplicant', 'officer', 'reviewer', 'secondReviewer', 'approver', 'finance', 'admin'];

export const roleOf = (who: SeededUserKey): CaseRole => (who === 'otherApplicant' ? 'applicant' : who === 'secondReviewer' ? 'reviewer' : who);

const AWAY_USERS: SeededUserKey[] = ['applicant', 'officer', 'approver', 'admin'];

/**
 * Every role of the first municipality, a few of the second (for their tokens on the first's
 * ids), and no one; half of the time one of the roles the route serves, so that its refusals
 * are more than the 403 of everyone else.
 */
export function callersOf(roles: readonly CaseRole[] | 'public'): fc.Arbitrary<Caller> {
  const anyone = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...HOME_USERS).map((who): Caller => ({ who, tenant: 'home' })) },
    { weight: 2, arbitrary: fc.constantFrom(...AWAY_USERS).map((who): Caller => ({ who, tenant: 'away' })) },
    { weight: 1, arbitrary: fc.constant<Caller>({ who: 'anonymous', tenant: 'home' }) },
  );
  const served = roles === 'public' ? [] : HOME_USERS.filter((who) => roles.includes(roleOf(who)));
  if (served.length === 0) return anyone;
  const servedAway = AWAY_USERS.filter((who) => (roles as readonly CaseRole[]).includes(roleOf(who)));
  return fc.oneof(
    anyone,
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...served).map((who): Caller => ({ who, tenant: 'home' })) },
      ...(servedAway.length > 0 ? [fc.constantFrom(...servedAway).map((who): Caller => ({ who, tenant: 'away' }))] : []),
    ),
  );
}

/**
 * The callers' tokens, logged in on first use. A logout or a sign-out in the fuzz ends tokens,
 * so they can be forgotten and the next request logs in again.
 */
export class FuzzSessions {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly client: RawHttpClient,
    private readonly world: FuzzWorld,
  ) {}

  async tokenOf(caller: Caller): Promise<string | null> {
    if (caller.who === 'anonymous') return null;
    const tenant = caller.tenant === 'home' ? this.world.home : this.world.away;
    const key = `${tenant.code}:${caller.who}`;
    const known = this.tokens.get(key);
    if (known) return known;
    const response = await this.client.send({
      method: 'POST',
      path: '/auth/login',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ tenant: tenant.code, email: tenant.users[caller.who].email, password: TEST_PASSWORD })),
    });
    if (response.status !== 200) throw new Error(`login of ${key}: ${response.status} ${response.text}`);
    const token = (response.body as { accessToken: string }).accessToken;
    this.tokens.set(key, token);
    return token;
  }

  forgetAll(): void {
    this.tokens.clear();
  }
}
