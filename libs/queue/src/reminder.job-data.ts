/** Ids only: the processor re-reads the deadline when the job fires. */
export interface ReminderJobData {
  deadlineId: string;
  /** Which offset of the deadline's `reminder_days_before` this is (0 = on the day). */
  daysBefore: number;
}

export interface EscalationJobData {
  deadlineId: string;
}

/** What one reminder or escalation job did: nothing (and why), or how many messages it sent now. */
export type DeliveryJobResult =
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'delivered'; recipients: number; inApp: number; emails: number };
