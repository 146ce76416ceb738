import type { LocalizedText } from '#libs/errors';
import type { AdministrationActor } from './administration-actor.js';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';

/**
 * システム管理者 only (docs/domain.md §1): programs, users and organizations of their own
 * municipality are the admin's, and no other role's. `action` completes "only admin may …".
 */
export function requireAdministrator(actor: AdministrationActor, action: LocalizedText): void {
  if (actor.role !== 'admin') {
    throw new AdministrationException(
      AdministrationErrorCode.Forbidden,
      { ja: `${action.ja}は、システム管理者だけが行えます。`, en: `only admin may ${action.en}` },
      { allowedRoles: ['admin'] },
    );
  }
}
