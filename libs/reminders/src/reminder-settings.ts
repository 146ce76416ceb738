/** How reminders are timed, from the environment (`REMINDER_HOUR`): not a business rule of any one program. */
export interface ReminderSettings {
  /** The local hour (Asia/Tokyo, 0–23) at which a reminder goes out on its day. */
  reminderHour: number;
}
