import { formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import { CASE_ROLE_LABELS, type CaseRole } from '#libs/lifecycle';
import type { ConsultationNoteEntity } from '#libs/persistence';
import { nameOf, type Person } from './case-people.repository.js';

/** A note of the consultation (相談記録), or the officer's summary that concluded it. */
export interface ConsultationNoteView {
  kind: 'note' | 'summary';
  body: string;
  authorId: string;
  /** The author's name, and their role as people call it (担当職員). */
  authorName: string;
  authorRole: string;
  authorRoleJa: string;
  writtenAt: string;
  writtenOn: IsoDate;
  writtenOnJa: string;
  auditSequence: number;
}

export function toConsultationNoteView(note: ConsultationNoteEntity, people: ReadonlyMap<string, Person>): ConsultationNoteView {
  const writtenOn = tokyoDateOf(note.writtenAt);
  return {
    kind: note.kind,
    body: note.body,
    authorId: note.authorId,
    authorName: nameOf(people, note.authorId),
    authorRole: note.authorRole,
    authorRoleJa: CASE_ROLE_LABELS[note.authorRole as CaseRole].ja,
    writtenAt: note.writtenAt.toISOString(),
    writtenOn,
    writtenOnJa: formatEraDate(writtenOn),
    auditSequence: note.auditSequence,
  };
}
