import { api, unwrap } from './client.js';

/** What a form on a case reads beside the case, at once: the terms it runs under, its papers, its expense lines. */
export async function loadFormRecords(id: string) {
  const path = { params: { path: { id } } };
  const [program, attachments, expenses] = await Promise.all([
    unwrap(api.GET('/cases/{id}/program', path)),
    unwrap(api.GET('/cases/{id}/attachments', path)),
    unwrap(api.GET('/cases/{id}/expenses', path)),
  ]);
  return { program, attachments, expenses };
}

/** The case with what its form reads, at once (the applicant's application form). */
export async function loadCaseForForm(id: string) {
  const [view, records] = await Promise.all([unwrap(api.GET('/cases/{id}', { params: { path: { id } } })), loadFormRecords(id)]);
  return { view, ...records };
}
