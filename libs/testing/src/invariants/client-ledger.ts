/** A 2xx answer to POST /cases/:id/events: `versionAfter` is the answer's `body.version`. */
export interface AcceptedEvent {
  caseId: string;
  type: string;
  versionAfter: number;
}

/** A 201 answer to POST /cases/:id/attachments. */
export interface AcceptedUpload {
  caseId: string;
  attachmentId: string;
  sha256: string;
}

/** What clients were told succeeded: the cases opened (201 to POST /cases), events accepted, files stored. */
export interface ClientLedger {
  opened: string[];
  events: AcceptedEvent[];
  uploads: AcceptedUpload[];
}

/** One e-mail an SMTP sink accepted: the reminder it was about (X-Reminder-Key) and its envelope recipients. */
export interface SentMail {
  reminderKey: string;
  to: string[];
}
