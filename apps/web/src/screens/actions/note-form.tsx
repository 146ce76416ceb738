import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { TextArea } from '../../components/text-area.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

/** A note to the city during the consultation (相談記録). */
export function NoteForm({ view, draftKey }: ActionFormProps) {
  const [note, setNote, forget] = useDraft(draftKey, () => '');
  const words = texts.actions.ADD_NOTE;
  return (
    <EventForm view={view} title={words.title} lead={words.lead} submitLabel={words.submit} event={{ type: 'ADD_NOTE', note }} onSent={forget}>
      {(error) => <TextArea label={words.note} help={words.noteHelp} required value={note} onChange={(changed) => setNote(() => changed.target.value)} error={problemOf(error, 'note')} />}
    </EventForm>
  );
}
