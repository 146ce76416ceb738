/** The kinds of message a person may choose to receive in the app only. */
export const MESSAGE_KINDS = ['reminder', 'escalation', 'caseNews', 'fiscalYearClose'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** How one person wants to hear: in the app always; by e-mail per kind; e-mails one each or gathered into one a day. */
export interface NotificationSettings {
  email: Record<MessageKind, boolean>;
  dailyDigest: boolean;
  /** 0 before the person first saved any: the defaults. */
  version: number;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  email: { reminder: true, escalation: true, caseNews: true, fiscalYearClose: true },
  dailyDigest: false,
  version: 0,
};
