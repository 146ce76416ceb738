/** A notification as its recipient reads it. */
export interface NotificationView {
  id: string;
  kind: 'reminder' | 'escalation';
  caseId: string;
  deadlineId: string;
  subject: string;
  body: string;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationView[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}
