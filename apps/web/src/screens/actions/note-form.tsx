import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { TextArea } from '../../components/text-area.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

interface NoteWords {
  title: string;
  lead: readonly string[];
  submit: string;
  note: string;
  noteHelp: string;
}

/** A note of the consultation (相談記録): the applicant's to the city, or the officer's of a call or a visit (`words`). */
export function NoteForm({ view, draftKey, words = texts.actions.ADD_NOTE }: ActionFormProps & { words?: NoteWords }) {
  const [note, setNote, forget] = useDraft(draftKey, () => '');
  return (
    <EventForm view={view} words={words} event={{ type: 'ADD_NOTE', note }} onSent={forget}>
      {(error) => <TextArea label={words.note} help={words.noteHelp} required value={note} onChange={(changed) => setNote(() => changed.target.value)} error={problemOf(error, 'note')} />}
    </EventForm>
  );
}
