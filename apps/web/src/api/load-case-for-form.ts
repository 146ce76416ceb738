import { api, unwrap } from './client.js';

/** What a form on a case reads on opening, at once: the case, the terms it runs under, its papers, its expense lines. */
export async function loadCaseForForm(id: string) {
  const path = { params: { path: { id } } };
  const [view, program, attachments, expenses] = await Promise.all([
    unwrap(api.GET('/cases/{id}', path)),
    unwrap(api.GET('/cases/{id}/program', path)),
    unwrap(api.GET('/cases/{id}/attachments', path)),
    unwrap(api.GET('/cases/{id}/expenses', path)),
  ]);
  return { view, program, attachments, expenses };
}
