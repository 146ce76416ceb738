import { Injectable } from '@nestjs/common';
import type { CaseRole } from '#libs/lifecycle';
import { type AccountProfile, AccountRepository, type TenantSummary } from './account.repository.js';
import { AuthenticationException, AuthenticationFailure } from './authentication.exception.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { PasswordHasher } from './password-hasher.service.js';
import { TokenService } from './token.service.js';

export interface Credentials {
  /** The tenant's code, e.g. `ichinoseki`. */
  tenant: string;
  email: string;
  password: string;
}

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  user: { id: string; displayName: string; role: CaseRole; tenant: TenantSummary };
}

/** Log in, log out, who am I. */
@Injectable()
export class AuthenticationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  /** A token for the right password; one and the same refusal for every wrong tenant, email or password. */
  async login({ tenant, email, password }: Credentials): Promise<LoginResult> {
    const account = await this.accounts.findForLogin(tenant, email);
    const verified = account ? await this.hasher.verify(account.passwordHash, password) : await this.hasher.verifyAgainstNobody(password);
    if (!account || !verified) throw new AuthenticationException(AuthenticationFailure.WrongCredentials);
    const tenantSummary = await this.accounts.findTenant(account.tenantId);
    if (!tenantSummary) throw new AuthenticationException(AuthenticationFailure.WrongCredentials);
    const { accessToken, expiresAt } = await this.tokens.issue(account);
    return {
      accessToken,
      expiresAt,
      user: { id: account.id, displayName: account.displayName, role: account.role, tenant: tenantSummary },
    };
  }

  /** Raises the user's session epoch: every token issued to them so far stops working. */
  async logout(user: AuthenticatedUser): Promise<void> {
    await this.accounts.raiseSessionEpoch(user.tenantId, user.userId);
  }

  async profile(user: AuthenticatedUser): Promise<AccountProfile> {
    const profile = await this.accounts.findProfile(user.tenantId, user.userId);
    // The guard found the account a moment ago; gone now means it was deleted in between.
    if (!profile) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    return profile;
  }
}
