import { type Audience, WHO_HEARS_WHAT } from '#libs/case-news';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { MESSAGE_KINDS_OF_ROLE } from './message-kinds-of-role.js';
import { MESSAGE_KINDS, type MessageKind } from './notification-settings.js';

const rolesReceiving = (kind: MessageKind) => CASE_ROLES.filter((role) => MESSAGE_KINDS_OF_ROLE[role].includes(kind));

/** Whose role each audience of case news is. */
const ROLE_OF_AUDIENCE: Record<Audience, CaseRole> = { applicantMembers: 'applicant', officers: 'officer', approvers: 'approver', finance: 'finance', assignedReviewer: 'reviewer' };

describe('the kinds of message each role can receive (MESSAGE_KINDS_OF_ROLE)', () => {
  it('offers an applicant the reminders of their deadlines and the news of their cases, nothing meant for staff', () => {
    expect(MESSAGE_KINDS_OF_ROLE.applicant).toEqual(['reminder', 'caseNews']);
  });

  it('escalates a deadline passed only to officers and approvers, and reports the fiscal-year close only to officers and finance', () => {
    expect(rolesReceiving('escalation')).toEqual(['officer', 'approver']);
    expect(rolesReceiving('fiscalYearClose')).toEqual(['officer', 'finance']);
  });

  it('reminds every role a deadline can name (applicant, officer, reviewer, finance), not approvers, who are escalated to', () => {
    expect(rolesReceiving('reminder')).toEqual(['applicant', 'officer', 'reviewer', 'finance']);
  });

  it('tells case news to exactly the roles of the audiences of WHO_HEARS_WHAT', () => {
    const told = new Set(WHO_HEARS_WHAT.map((row) => ROLE_OF_AUDIENCE[row.audience]));
    expect(rolesReceiving('caseNews')).toEqual(CASE_ROLES.filter((role) => told.has(role)));
  });

  it('offers an administrator nothing: they decide no case', () => {
    expect(MESSAGE_KINDS_OF_ROLE.admin).toEqual([]);
  });

  it.each(CASE_ROLES)('lists the kinds of %s once each, in the order of MESSAGE_KINDS', (role) => {
    const kinds = MESSAGE_KINDS_OF_ROLE[role];
    expect(kinds).toEqual(MESSAGE_KINDS.filter((kind) => kinds.includes(kind)));
  });
});
