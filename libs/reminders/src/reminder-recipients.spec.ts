import type { CaseRole } from '#libs/lifecycle';
import type { RecipientCandidate } from './recipient-candidate.js';
import { reminderRecipients } from './reminder-recipients.js';

const user = (userId: string, role: CaseRole, extra: Partial<RecipientCandidate> = {}): RecipientCandidate => ({
  userId,
  role,
  displayName: userId,
  email: `${userId}@ichinoseki.example`,
  organizationIds: [],
  liaisonAreas: [],
  ...extra,
});

const candidates = [
  user('applicant-maikawa', 'applicant', { organizationIds: ['org-maikawa'] }),
  user('applicant-yasaka', 'applicant', { organizationIds: ['org-yasaka'] }),
  user('officer-all', 'officer'),
  user('officer-maikawa', 'officer', { liaisonAreas: ['舞川', '花泉'] }),
  user('officer-yasaka', 'officer', { liaisonAreas: ['弥栄'] }),
  user('reviewer-1', 'reviewer'),
  user('reviewer-2', 'reviewer'),
  user('approver', 'approver'),
  user('finance-1', 'finance'),
  user('finance-2', 'finance'),
  user('admin', 'admin'),
];

const audience = { organizationId: 'org-maikawa', organizationArea: '舞川', subject: '' };
const recipients = (roles: CaseRole[], subject = '') =>
  reminderRecipients(roles, candidates, { ...audience, subject }).map((recipient) => recipient.userId);

describe('reminderRecipients', () => {
  it.each([
    [['applicant'], '', ['applicant-maikawa']],
    [['officer'], '', ['officer-all', 'officer-maikawa']],
    [['reviewer'], 'reviewer-2', ['reviewer-2']],
    [['reviewer'], '', []],
    [['approver'], '', ['approver']],
    [['finance'], '', ['finance-1', 'finance-2']],
    [['applicant', 'finance'], '', ['applicant-maikawa', 'finance-1', 'finance-2']],
    [['officer', 'approver'], '', ['officer-all', 'officer-maikawa', 'approver']],
    [['admin'], '', []],
  ] as const)('reminds %j (subject %j): %j', (roles, subject, expected) => {
    expect(recipients([...roles], subject)).toEqual(expected);
  });

  it('lists a user once even when the candidates name them twice', () => {
    const twice = [...candidates, user('finance-1', 'finance')];
    expect(reminderRecipients(['finance'], twice, audience).map((recipient) => recipient.userId)).toEqual(['finance-1', 'finance-2']);
  });
});
