/** One e-mail of one reminder to one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The reminder it belongs to, also sent as the X-Reminder-Key header. */
  reminderKey: string;
  recipientUserId: string;
}
