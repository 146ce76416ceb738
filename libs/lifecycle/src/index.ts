export { type AssignedReviewer, type CaseContext, type CaseInput, initialCaseContext } from './case-context.js';
export type { CaseEffect, DeadlineKind, NoticeKind } from './case-effect.js';
export type {
  Actor,
  CaseEvent,
  CaseEventBody,
  CaseEventBodyOf,
  CaseEventOf,
  CaseEventType,
  ExpenseLine,
  PaymentKind,
  ReviewScore,
  ServerDerivedEventField,
} from './case-event.js';
export { CASE_ROLES, type CaseRole } from './case-role.js';
export {
  type CaseSnapshot,
  newCaseSnapshot,
  restoreSnapshot,
  storeSnapshot,
  type StoredCaseSnapshot,
  UnsupportedMachineVersionException,
} from './case-snapshot.js';
export { CASE_PHASE_LABELS, CASE_STATE_LABELS, type CaseStateCode, stateCode } from './case-states.js';
export { CASE_MACHINE_VERSION, caseMachine } from './case.machine.js';
export { acceptableEvents, decideEvent, type EventDecision } from './decide-event.js';
export { CASE_EVENT_TYPES, EVENT_ROLES, rolesAllowedToSend } from './event-roles.js';
export { refundOutstanding, refundOwed, type RefundOwed } from './rules/settlement.rules.js';
export { lifecycleDocument } from './lifecycle-document.js';
export { CASE_EVENT_LABELS, PAYMENT_KIND_LABELS } from './case-event-labels.js';
export { CASE_ROLE_LABELS, rolesText } from './case-role-labels.js';
export { EVENT_FIELD_LABELS, fieldName } from './event-field-labels.js';
export { type ActionFacts, type AvailableAction, type AwaitedRole, caseActions, type CaseActions, type UnavailableAction } from './case-actions.js';
export { type CaseTask, caseTasks, type OpenDeadline, TASK_LABELS, type TaskKind } from './case-tasks.js';
export { FINAL_CASE_STATES } from './final-case-states.js';
export { conflictDeclarationOwed, reviewerAssignmentProblems } from './rules/review.rules.js';
