/**
 * The one name of a reminder: its BullMQ job id and the `reminder_key` of its deliveries.
 * Deterministic and free of ':' (BullMQ reserves it), so scheduling twice is one job and
 * sending twice is one delivery.
 */
export function reminderKey(deadlineId: string, daysBefore: number): string {
  return `reminder-${deadlineId}-${daysBefore}`;
}

/** The escalation of a deadline: one per deadline. */
export function escalationKey(deadlineId: string): string {
  return `escalation-${deadlineId}`;
}
