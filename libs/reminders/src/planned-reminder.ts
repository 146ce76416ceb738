/** One message a deadline will send: a reminder ahead of it, or its escalation after it passed. */
export type PlannedReminder =
  | { kind: 'reminder'; key: string; deadlineId: string; daysBefore: number; fireAt: Date }
  | { kind: 'escalation'; key: string; deadlineId: string; fireAt: Date };

export type ReminderKind = PlannedReminder['kind'];
