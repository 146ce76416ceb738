/** The reconciler needs no input: it reads every pending deadline. */
export type ReconcileRemindersJobData = Record<string, never>;

export interface ReconcileRemindersJobResult {
  /** Pending deadlines looked at. */
  deadlines: number;
  /** Reminder and escalation jobs that should be in Redis. */
  expected: number;
  /** Of those, the ones that were missing and were added again. */
  recreated: number;
  /** E-mails claimed long ago and never confirmed: a worker stopped while sending them, and they are never sent again. */
  emailsInDoubt: number;
}
