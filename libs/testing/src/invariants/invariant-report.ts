/** The invariants a load or fault run must leave intact, each checked by one family of queries. */
export const INVARIANT_NAMES = [
  'accepted-event-audited-once',
  'case-version-matches-trail',
  'audit-chain-verifies',
  'administration-chain-verifies',
  'money-agrees',
  'upload-stored-and-audited',
  'reminder-sent-once',
  'reminder-not-lost',
  'case-whole',
  'reviewer-declared-first',
] as const;

export type InvariantName = (typeof INVARIANT_NAMES)[number];

/** One broken invariant: `subject` names what is broken (`case <id>`, `attachment <id>`, `reminder <key>`, `tenant <id>`). */
export interface Violation {
  invariant: InvariantName;
  subject: string;
  detail: string;
}

export interface InvariantReport {
  /** How many subjects each invariant looked at: 0 means it had nothing to check (or was skipped). */
  checked: Record<InvariantName, number>;
  violations: Violation[];
  /**
   * E-mails claimed for sending and never marked sent: the worker stopped between the claim and
   * the mail server's answer. By design never sent again (never twice), so they may be lost; the
   * in-app copy of the same reminder must still have been delivered. A run says how many it allows.
   */
  emailsInDoubt: string[];
}
