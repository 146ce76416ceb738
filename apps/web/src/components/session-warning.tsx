import { useEffect, useRef, useState } from 'react';
import { useSession, WARN_SECONDS_BEFORE_END } from '../api/session.js';
import { minutesText } from '../format.js';
import { texts } from '../texts.js';
import { primaryButton } from './button.js';
import { Refusal } from './refusal.js';

/**
 * The warning before the session ends: a dialog that keeps what the person typed on the page
 * underneath and renews the session with one button.
 */
export function SessionWarning() {
  const { session, secondsLeft, renew } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<unknown>(null);
  const warn = Boolean(session) && secondsLeft > 0 && secondsLeft <= WARN_SECONDS_BEFORE_END;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warn && !element.open) element.showModal();
    if (!warn && element.open) element.close();
  }, [warn]);

  return (
    <dialog ref={dialog} aria-labelledby="session-warning-title" className="m-auto max-w-md rounded-16 p-6 backdrop:bg-black/50">
      <h2 id="session-warning-title" className="text-std-20B-150">
        {texts.sessionWarning.title}
      </h2>
      <p className="mt-2 text-std-16N-170">{texts.sessionWarning.body(minutesText(secondsLeft))}</p>
      <Refusal error={error} />
      <button
        type="button"
        className={`${primaryButton} mt-4`}
        onClick={() => renew().then(() => setError(null), setError)}
      >
        {texts.sessionWarning.keepGoing}
      </button>
    </dialog>
  );
}
