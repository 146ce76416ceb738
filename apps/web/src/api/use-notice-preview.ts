import { useState } from 'react';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from './client.js';

type CaseEvent = components['schemas']['CaseEvent'];
type CaseView = components['schemas']['CaseViewDto'];
type NoticeDocument = components['schemas']['NoticeDocumentDto'];

/**
 * The notices the event as typed would issue, read from the API without sending it. What was
 * shown belongs to what was typed then: once the form changes, `current` says it is out of date.
 */
export function useNoticePreview(view: CaseView, event: CaseEvent) {
  const [state, setState] = useState<{ busy: boolean; error: unknown; shown: NoticeDocument[] | null; of: string | null }>({ busy: false, error: null, shown: null, of: null });
  const content = JSON.stringify(event);
  const read = async () => {
    setState((current) => ({ ...current, busy: true, error: null }));
    try {
      const answer = await unwrap(api.POST('/cases/{id}/events/preview', { params: { path: { id: view.id }, header: { 'If-Match': `"${view.version}"` } }, body: event }));
      setState({ busy: false, error: null, shown: answer.notices, of: content });
    } catch (refused) {
      setState({ busy: false, error: refused, shown: null, of: null });
    }
  };
  return { read, busy: state.busy, error: state.error, shown: state.shown, current: state.of === content };
}
