import type { ReminderKind } from './planned-reminder.js';

/** The deadline as the processor re-reads it when a job fires. */
export interface DeadlineState {
  status: 'pending' | 'cleared';
  dueAt: Date;
}

export type ReminderVerdict = { send: true } | { send: false; reason: string };

/**
 * Whether a message that fired still applies. PostgreSQL is the truth, the job only a timer:
 * a deadline cleared or moved (a moved one is a new row; the old is cleared) sends nothing,
 * a reminder after its deadline passed sends nothing, and an escalation only goes out once
 * the deadline has passed unmet.
 */
export function reminderVerdict(kind: ReminderKind, deadline: DeadlineState, now: Date): ReminderVerdict {
  if (deadline.status !== 'pending') return { send: false, reason: 'the deadline was met, cleared or moved' };
  const passed = now.getTime() > deadline.dueAt.getTime();
  if (kind === 'reminder' && passed) return { send: false, reason: 'the deadline has passed: its escalation takes over' };
  if (kind === 'escalation' && !passed) return { send: false, reason: 'the deadline has not passed yet' };
  return { send: true };
}
