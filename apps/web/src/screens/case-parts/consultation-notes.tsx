import type { components } from '../../../../../libs/api-client/src/index.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Note = components['schemas']['ConsultationNoteResponseDto'];

/** The consultation's notes (相談記録), oldest first, and the summary that concluded it. */
export function ConsultationNotes({ notes }: { notes: Note[] }) {
  const words = texts.staff.workbench;
  return (
    <Section title={words.notesTitle} className="flex flex-col gap-2">
      {notes.length === 0 ? (
        <p className="text-std-16N-170">{words.noNotes}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {notes.map((note) => (
            <li key={note.auditSequence} className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
              <p className="text-dns-14N-130 text-solid-gray-700">
                {note.writtenOnJa}・{note.authorName}（{note.authorRoleJa}）{note.kind === 'summary' && `・${words.summary}`}
              </p>
              <p className="mt-1 whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
