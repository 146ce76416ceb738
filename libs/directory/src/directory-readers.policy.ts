import { text } from '#libs/errors';
import { type CaseRole, rolesText } from '#libs/lifecycle';
import { DirectoryErrorCode, DirectoryException } from './directory.exception.js';

/**
 * Who reads the municipality's people and organizations: the staff who work cases (an officer
 * picking a reviewer, an approver or finance looking up an organization). Applicants and
 * reviewers see only their own organizations and cases; administrators have the admin routes.
 */
export const DIRECTORY_READERS: readonly CaseRole[] = ['officer', 'approver', 'finance'];

export function requireDirectoryReader(role: CaseRole, what: { ja: string; en: string }): void {
  if (DIRECTORY_READERS.includes(role)) return;
  throw new DirectoryException(
    DirectoryErrorCode.Forbidden,
    text(`${what.ja}を見られるのは${rolesText(DIRECTORY_READERS).ja}です。`, `${what.en} are read by ${DIRECTORY_READERS.join(', ')}, not ${role}`),
    { allowedRoles: DIRECTORY_READERS },
  );
}
