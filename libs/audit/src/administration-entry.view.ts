import type { IsoDate } from '#libs/calendar';
import type { JsonObject } from './stored-json.js';

/** One administration entry as an administrator reads it. */
export interface AdministrationEntryView {
  /** The id the verifier names when it finds the entry broken. */
  id: string;
  sequence: number;
  action: string;
  subjectType: string;
  subjectId: string;
  actorUserId: string;
  actorRole: string;
  payload: JsonObject;
  occurredAt: string;
  /** The Tokyo date, and as a document prints it (令和7年5月14日). */
  occurredOn: IsoDate;
  occurredOnJa: string;
  previousHash: string | null;
  hash: string;
}

/** A page of entries, newest first. */
export interface AdministrationEntryPage {
  items: AdministrationEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}
