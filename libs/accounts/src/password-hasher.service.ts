import { Injectable, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * Argon2id (the `argon2` package's defaults: 64 MiB, 3 passes, 4 lanes), above OWASP's
 * minimum. The hash string carries its parameters and salt, so they can be raised later
 * without breaking existing passwords.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash?: Promise<string>;

  /** Made at start-up, so that even the first unknown email takes no longer than a wrong password. */
  async onModuleInit(): Promise<void> {
    await this.dummy();
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** False for a wrong password and for a hash that is not Argon2 at all. */
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of a real check when there is no account to check against, so that
   * the answer's timing does not tell an unknown email from a wrong password.
   */
  async verifyAgainstNobody(password: string): Promise<false> {
    await this.verify(await this.dummy(), password);
    return false;
  }

  private dummy(): Promise<string> {
    return (this.dummyHash ??= this.hash(randomBytes(16).toString('hex')));
  }
}
