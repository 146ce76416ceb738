/** A notification as its recipient reads it. */
export interface NotificationView {
  id: string;
  kind: 'reminder' | 'escalation' | 'fiscalYearClose' | 'caseNews';
  /** Null for a fiscal-year close report (未精算案件のお知らせ), which is about many cases. */
  caseId: string | null;
  deadlineId: string | null;
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
