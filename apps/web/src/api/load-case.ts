import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from './client.js';
import type { Role } from './roles.js';

type CaseView = components['schemas']['CaseViewDto'];

/** An assigned reviewer who has yet to declare whether they have a conflict of interest (利益相反): the API shows them the case's header only. */
export const declarationOwed = (view: CaseView): boolean => view.reviewAssignment?.conflictDeclaration === 'owed';

/**
 * The case and what a screen reads beside it (`records`). Only a reviewer can owe the declaration
 * of conflicts, so a reviewer reads the case first and the rest once nothing is withheld from
 * them (`records` null until then); everyone else reads it all at once.
 */
export async function loadCase<R>(id: string, role: Role, records: () => Promise<R>): Promise<{ view: CaseView; records: R | null }> {
  const view = unwrap(api.GET('/cases/{id}', { params: { path: { id } } }));
  if (role !== 'reviewer') {
    const [read, rest] = await Promise.all([view, records()]);
    return { view: read, records: rest };
  }
  const read = await view;
  return { view: read, records: declarationOwed(read) ? null : await records() };
}
