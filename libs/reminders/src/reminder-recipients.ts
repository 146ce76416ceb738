import type { CaseRole } from '#libs/lifecycle';
import type { RecipientCandidate } from './recipient-candidate.js';

/** Whose deadline it is, as far as choosing recipients goes. */
export interface ReminderAudience {
  /** The applicant organization of the case. */
  organizationId: string;
  /** Its area, for liaison officers (地域担当職員). */
  organizationArea: string;
  /** The deadline's subject: the reviewer, for a review due; '' otherwise. */
  subject: string;
}

/**
 * Who a reminder (or an escalation) goes to, role by role: for `applicant` the members of the
 * case's organization, for `reviewer` the reviewer the deadline is about and no other, for
 * `officer` the municipality's officers except liaison officers of other areas, for
 * `approver` and `finance` every user of the municipality with that role. Nobody twice.
 */
export function reminderRecipients(
  roles: readonly CaseRole[],
  candidates: readonly RecipientCandidate[],
  audience: ReminderAudience,
): RecipientCandidate[] {
  return candidates.filter(
    (candidate, index) =>
      roles.includes(candidate.role) &&
      isConcerned(candidate, audience) &&
      candidates.findIndex((other) => other.userId === candidate.userId) === index,
  );
}

function isConcerned(candidate: RecipientCandidate, audience: ReminderAudience): boolean {
  switch (candidate.role) {
    case 'applicant':
      return candidate.organizationIds.includes(audience.organizationId);
    case 'reviewer':
      return audience.subject !== '' && candidate.userId === audience.subject;
    case 'officer':
      return candidate.liaisonAreas.length === 0 || candidate.liaisonAreas.includes(audience.organizationArea);
    case 'approver':
    case 'finance':
      return true;
    case 'admin':
      // Administrators run the system and decide no case: no deadline is theirs.
      return false;
  }
}
