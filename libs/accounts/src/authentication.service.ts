import { Injectable } from '@nestjs/common';
import type { CaseRole } from '#libs/lifecycle';
import { type AccountProfile, AccountRepository, type TenantSummary } from './account.repository.js';
import { problem } from '#libs/errors';
import { AccountErrorCode, AccountException } from './account.exception.js';
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
  /** The password is a one-time one an administrator set: only changing it is open. */
  passwordChangeRequired: boolean;
}

/** The least a password a person chooses has: as long as an administrator's for a new user. */
export const MIN_PASSWORD_LENGTH = 12;

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
      passwordChangeRequired: (await this.accounts.findForSession(account.tenantId, account.id))?.passwordChangeRequired ?? false,
    };
  }

  /**
   * A password its owner chose, the current one given: every session so far ends (all devices),
   * and the caller gets a new one, as a login would.
   */
  async changePassword(user: AuthenticatedUser, currentPassword: string, newPassword: string): Promise<LoginResult> {
    const account = await this.accounts.findForPasswordChange(user.tenantId, user.userId);
    if (!account) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      const wrong = problem('currentPassword', '今のパスワードが違います。', 'currentPassword is not the current password');
      throw new AccountException(AccountErrorCode.CurrentPasswordWrong, wrong.text, {}, [wrong]);
    }
    if (currentPassword === newPassword) {
      const same = problem('newPassword', '新しいパスワードは、今のパスワードと違うものにしてください。', 'newPassword must differ from the current one');
      throw new AccountException(AccountErrorCode.PasswordUnchanged, same.text, {}, [same]);
    }
    const sessionEpoch = await this.accounts.setOwnPassword(user.tenantId, user.userId, await this.hasher.hash(newPassword));
    const tenant = await this.accounts.findTenant(user.tenantId);
    if (!tenant) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    const { accessToken, expiresAt } = await this.tokens.issue({ ...account, sessionEpoch });
    return { accessToken, expiresAt, user: { id: account.id, displayName: account.displayName, role: account.role, tenant }, passwordChangeRequired: false };
  }

  /**
   * A fresh session for someone signed in, so a person working in the web app is not signed out
   * mid-form: the same user, role and session epoch (a logout or password change still ends it).
   */
  async renew(user: AuthenticatedUser): Promise<LoginResult> {
    const account = await this.accounts.findForSession(user.tenantId, user.userId);
    const profile = await this.profile(user);
    if (!account) throw new AuthenticationException(AuthenticationFailure.TokenInvalid);
    const { accessToken, expiresAt } = await this.tokens.issue({ id: user.userId, tenantId: user.tenantId, role: account.role, sessionEpoch: account.sessionEpoch });
    return {
      accessToken,
      expiresAt,
      user: { id: profile.id, displayName: profile.displayName, role: profile.role, tenant: profile.tenant },
      passwordChangeRequired: account.passwordChangeRequired,
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
