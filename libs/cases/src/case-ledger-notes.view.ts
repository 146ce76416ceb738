import { formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import type { ConsultationNoteEntity } from '#libs/persistence';

/** A note of the consultation (相談記録), or the officer's summary that concluded it. */
export interface ConsultationNoteView {
  kind: 'note' | 'summary';
  body: string;
  authorId: string;
  authorRole: string;
  writtenAt: string;
  writtenOn: IsoDate;
  writtenOnJa: string;
  auditSequence: number;
}

export function toConsultationNoteView(note: ConsultationNoteEntity): ConsultationNoteView {
  const writtenOn = tokyoDateOf(note.writtenAt);
  return {
    kind: note.kind,
    body: note.body,
    authorId: note.authorId,
    authorRole: note.authorRole,
    writtenAt: note.writtenAt.toISOString(),
    writtenOn,
    writtenOnJa: formatEraDate(writtenOn),
    auditSequence: note.auditSequence,
  };
}
