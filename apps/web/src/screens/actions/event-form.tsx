import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { useNoticePreview } from '../../api/use-notice-preview.js';
import { useSendEvent } from '../../api/use-send-event.js';
import { linkStyle, primaryButton, secondaryButton } from '../../components/button.js';
import { NoticePreview } from '../../components/notice-preview.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { texts } from '../../texts.js';

type CaseView = components['schemas']['CaseViewDto'];
type CaseEvent = components['schemas']['CaseEvent'];

interface EventFormProps {
  view: CaseView;
  /** The act's own texts: its title, what it means (said before anything is typed), its button. */
  words: { title: string; lead: readonly string[]; submit: string };
  event: CaseEvent;
  /** Forget the draft: the server has taken it. */
  onSent(): void;
  /** Where the person goes once it is sent: the case page, unless the act takes the case out of their sight. */
  then?: string;
  /** An action that cannot be undone asks the person to say they read what it means. */
  confirmUnderstood?: boolean;
  /** An act that issues a notice offers to read it first, as it will be issued (`POST …/events/preview`). */
  preview?: boolean;
  children(error: unknown): ReactNode;
}

/** One applicant action as a form: what it means, the fields, the refusal at the top, one button that sends it once. */
export function EventForm({ view, words: { title, lead, submit: submitLabel }, event, onSent, then, confirmUnderstood = false, preview = false, children }: EventFormProps) {
  const { send, busy, error } = useSendEvent(view, event, onSent, then);
  const notices = useNoticePreview(view, event);
  const [understood, setUnderstood] = useState(false);
  const [askedToConfirm, setAskedToConfirm] = useState(false);
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (confirmUnderstood && !understood) {
      setAskedToConfirm(true);
      return;
    }
    void send();
  };
  return (
    <>
      <div>
        <p className="text-dns-16N-130 text-solid-gray-700">
          {view.program.nameJa} ・ {view.organization.name}
          {view.caseNumber && ` ・ ${view.caseNumber}`}
        </p>
        <PageTitle title={title}>{title}</PageTitle>
      </div>
      <div className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4 text-std-16N-170">
        {lead.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Refusal error={error} />
        {children(error)}
        <p className="text-dns-16N-130 text-solid-gray-700">{texts.actions.draftSaved}</p>
        {confirmUnderstood && (
          <div className="flex flex-col gap-1">
            <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
              <input
                type="checkbox"
                checked={understood}
                onChange={(changed) => setUnderstood(changed.target.checked)}
                aria-invalid={askedToConfirm && !understood ? true : undefined}
                aria-describedby={askedToConfirm && !understood ? 'understood-error' : undefined}
                className="size-6"
              />
              {texts.actions.understood}
            </label>
            {askedToConfirm && !understood && (
              <p id="understood-error" className="text-dns-16N-130 text-red-800">
                {texts.actions.understoodMissing}
              </p>
            )}
          </div>
        )}
        {preview && (
          <div className="flex flex-col gap-3">
            <p>
              <button type="button" className={secondaryButton} disabled={notices.busy} onClick={() => void notices.read()}>
                {notices.busy ? texts.actions.preview.loading : texts.actions.preview.button}
              </button>
            </p>
            <Refusal error={notices.error} />
            {notices.shown && (notices.current ? <NoticePreview notices={notices.shown} /> : <p className="text-std-16N-170">{texts.actions.preview.stale}</p>)}
          </div>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={primaryButton} disabled={busy}>
            {busy ? texts.actions.sending : submitLabel}
          </button>
          <Link to={`/cases/${view.id}`} className={linkStyle}>
            {texts.actions.back}
          </Link>
        </div>
      </form>
    </>
  );
}
