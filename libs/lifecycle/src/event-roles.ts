import type { CaseEventType } from './case-event.js';
import type { CaseRole } from './case-role.js';

/**
 * Who may send each event: the one table the machine, the API's access checks and the
 * generated documentation (docs/lifecycle.md) all read. `admin` sends none: administrators
 * run programs, users and organizations, never case decisions.
 */
export const EVENT_ROLES: Readonly<Record<CaseEventType, readonly CaseRole[]>> = {
  OPEN_CONSULTATION: ['applicant', 'officer'],
  ADD_NOTE: ['applicant', 'officer'],
  CONCLUDE_CONSULTATION: ['officer'],
  CLOSE_WITHOUT_APPLICATION: ['applicant', 'officer'],
  START_APPLICATION: ['applicant', 'officer'],
  SUBMIT: ['applicant'],
  ACCEPT: ['officer'],
  RETURN_FOR_CORRECTION: ['officer'],
  RESUBMIT: ['applicant'],
  WITHDRAW: ['applicant'],
  ASSIGN_REVIEWER: ['officer'],
  AFFIRM_NO_CONFLICT: ['reviewer'],
  SUBMIT_REVIEW: ['reviewer'],
  DECLARE_CONFLICT: ['reviewer'],
  DECIDE_GRANT: ['approver'],
  DECIDE_REJECT: ['approver'],
  START_PROJECT: ['applicant'],
  REQUEST_ADVANCE: ['applicant'],
  RECORD_PAYMENT: ['finance'],
  REQUEST_CHANGE: ['applicant'],
  NOTIFY_MINOR_CHANGE: ['applicant'],
  APPROVE_CHANGE: ['approver'],
  REJECT_CHANGE: ['approver'],
  REQUEST_DISCONTINUE: ['applicant'],
  APPROVE_DISCONTINUE: ['approver'],
  REJECT_DISCONTINUE: ['approver'],
  REVOKE: ['approver'],
  COMPLETE_PROJECT: ['applicant'],
  SUBMIT_REPORT: ['applicant'],
  RETURN_REPORT: ['officer'],
  CONFIRM_AMOUNT: ['approver'],
  RECORD_REFUND: ['finance'],
};

export const CASE_EVENT_TYPES = Object.keys(EVENT_ROLES) as CaseEventType[];

export function rolesAllowedToSend(type: CaseEventType): readonly CaseRole[] {
  return EVENT_ROLES[type];
}
