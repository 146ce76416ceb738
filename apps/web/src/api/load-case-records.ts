import { api, unwrap } from './client.js';

/** What a case's page reads beside the case, at once: its history, notices, papers and money. */
export async function loadCaseRecords(id: string) {
  const path = { params: { path: { id } } };
  const [history, notices, attachments, ledger] = await Promise.all([
    unwrap(api.GET('/cases/{id}/history', path)),
    unwrap(api.GET('/cases/{id}/notices', path)),
    unwrap(api.GET('/cases/{id}/attachments', path)),
    unwrap(api.GET('/cases/{id}/payments', path)),
  ]);
  return { history, notices, attachments, ledger };
}
