import type { CaseRole } from '#libs/lifecycle';
import type { MessageKind } from './notification-settings.js';

/**
 * The kinds of message a role can receive, in MESSAGE_KINDS' order: the choices its settings
 * offer (the web app shows no others). As the senders decide: a reminder goes to the roles a
 * deadline reminds (the machine's `remind`: applicant, officer, reviewer, finance), an
 * escalation to the role it escalates to (`escalateTo`: officer, approver), case news to
 * WHO_HEARS_WHAT's audiences (libs/case-news), the fiscal-year close report to officers and
 * finance (libs/fiscal-year-close). An administrator decides no case and hears of none.
 */
export const MESSAGE_KINDS_OF_ROLE: Readonly<Record<CaseRole, readonly MessageKind[]>> = {
  applicant: ['reminder', 'caseNews'],
  officer: ['reminder', 'escalation', 'caseNews', 'fiscalYearClose'],
  reviewer: ['reminder', 'caseNews'],
  approver: ['escalation', 'caseNews'],
  finance: ['reminder', 'caseNews', 'fiscalYearClose'],
  admin: [],
};
