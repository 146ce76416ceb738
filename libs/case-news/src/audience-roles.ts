import type { CaseRole } from '#libs/lifecycle';
import type { Audience } from './who-hears-what.js';

/** The role whose users make up each audience. */
export const AUDIENCE_ROLE: Readonly<Record<Audience, CaseRole>> = {
  applicantMembers: 'applicant',
  officers: 'officer',
  approvers: 'approver',
  finance: 'finance',
  assignedReviewer: 'reviewer',
};
