import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from './client.js';

type CaseEvent = components['schemas']['CaseEvent'];
type CaseView = components['schemas']['CaseViewDto'];

/**
 * Sends one event of a case from a form: with the version the page was read at (If-Match: a
 * stale page gets the 409, nothing is overwritten) and one Idempotency-Key per content (a
 * double click or a retry sends it once). On success `onSent` runs (forget the draft) and the
 * case page opens (or `then`, when the case is no longer the sender's to see); a refusal is kept for the form to show, with what was typed.
 */
export function useSendEvent(view: CaseView, event: CaseEvent, onSent: () => void, then = `/cases/${view.id}`) {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const content = JSON.stringify(event);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [content]);
  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/cases/{id}/events', {
          params: { path: { id: view.id }, header: { 'Idempotency-Key': idempotencyKey, 'If-Match': `"${view.version}"` } },
          body: event,
        }),
      );
      onSent();
      navigate(then);
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  };
  return { send, busy, error };
}
