import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { TextArea } from '../../components/text-area.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

type ReasonEvent = 'WITHDRAW' | 'REQUEST_DISCONTINUE' | 'CLOSE_WITHOUT_APPLICATION';
/** Ending the application or the project cannot be undone: the person says they read what it means. */
const IRREVERSIBLE = new Set<ReasonEvent>(['WITHDRAW', 'REQUEST_DISCONTINUE']);

/** 取下げ, 中止・廃止の申請, 申請せずに終了: what it means, and the reason the city will read. */
export function ReasonForm({ type, view, draftKey }: ActionFormProps & { type: ReasonEvent }) {
  const [reason, setReason, forget] = useDraft(draftKey, () => '');
  const words = texts.actions[type];
  return (
    <EventForm view={view} words={words} event={{ type, reason }} onSent={forget} confirmUnderstood={IRREVERSIBLE.has(type)}>
      {(error) => <TextArea label={texts.actions.reason} help={words.reasonHelp} required value={reason} onChange={(changed) => setReason(() => changed.target.value)} error={problemOf(error, 'reason')} />}
    </EventForm>
  );
}
