import type { components } from '../../../../libs/api-client/src/index.js';
import { addressOfFilters, type CaseListFilters, filtersFromAddress } from '../screens/staff/case-list-filters.js';
import { api, apiBeforeSession, unwrap } from './client.js';

type CaseListPage = components['schemas']['CasePageDto'];

/** Cases a page of the list shows. */
export const CASE_LIST_PAGE_SIZE = 20;

const CASE_LIST_PATH = '/app/cases';

let early: { address: string; answer: Promise<CaseListPage | null> } | null = null;

/**
 * A reload or a shared link of the case list asks for its page at once, beside the session's
 * check, rather than after it and the first render (docs/benchmarks.md, "Case list in the
 * browser": 80 to 105 ms before the list's request left). Only the first screen may use it:
 * the app forgets it at the first navigation, so no later visit is shown an old page.
 */
export function requestCaseListEarly(location: Location, onNavigation: (forget: () => void) => void): void {
  if (location.pathname !== CASE_LIST_PATH) return;
  const filters = filtersFromAddress(new URLSearchParams(location.search));
  const answer = apiBeforeSession.GET('/cases', { params: { query: { ...filters, limit: CASE_LIST_PAGE_SIZE } } }).then(
    ({ data }) => data ?? null,
    () => null,
  );
  early = { address: addressOfFilters(filters).toString(), answer };
  onNavigation(() => {
    early = null;
  });
}

/** A page of the case list: the early answer when it is this page's and came back, else asked now. */
export async function loadCaseListPage(filters: CaseListFilters): Promise<CaseListPage> {
  const taken = early;
  early = null;
  if (taken && taken.address === addressOfFilters(filters).toString()) {
    const page = await taken.answer;
    if (page) return page;
  }
  return unwrap(api.GET('/cases', { params: { query: { ...filters, limit: CASE_LIST_PAGE_SIZE } } }));
}
