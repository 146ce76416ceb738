export type { DeadlineTiming } from './deadline-timing.js';
export { DEADLINE_WORDING, type DeadlineWording, ESCALATION_TODO, ROLE_LABELS } from './deadline-wording.js';
export type { PlannedReminder, ReminderKind } from './planned-reminder.js';
export type { RecipientCandidate } from './recipient-candidate.js';
export { escalationKey, reminderKey } from './reminder-key.js';
export { reminderMessage, type ReminderMessage, type ReminderMessageInput } from './reminder-message.js';
export { type ReminderAudience, reminderRecipients } from './reminder-recipients.js';
export { delayUntil, reminderInstant, reminderSchedule } from './reminder-schedule.js';
export type { ReminderSettings } from './reminder-settings.js';
export { type DeadlineState, type ReminderVerdict, reminderVerdict } from './reminder-verdict.js';
export { type QueueCheck, remindersToKeepQueued } from './reminders-to-keep-queued.js';
export type { FiscalYearCloseCase } from './fiscal-year-close-case.js';
export { fiscalYearCloseCsv } from './fiscal-year-close-csv.js';
export { fiscalYearCloseMessage, type FiscalYearCloseMessageInput } from './fiscal-year-close-message.js';
export {
  fiscalYearCloseReport,
  type FiscalYearCloseProgramCount,
  type FiscalYearCloseReport,
  type FiscalYearCloseStateCount,
} from './fiscal-year-close-report.js';
export { fiscalYearCloseReportDays, fiscalYearReportedOn } from './fiscal-year-close-report-days.js';
export { fiscalYearCloseReportKey } from './fiscal-year-close-report-key.js';
export { SETTLED_CASE_STATES } from './fiscal-year-close-settled-states.js';
