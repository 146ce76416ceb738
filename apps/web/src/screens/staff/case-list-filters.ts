import type { ApiPaths } from '../../../../../libs/api-client/src/index.js';
import { CASE_STATE_LABELS } from '../../../../../libs/lifecycle/src/case-states.js';

type CaseListQuery = NonNullable<ApiPaths['/cases']['get']['parameters']['query']>;

/** What the case list is filtered by, as the address keeps it (so a view can be bookmarked and shared), and where its page starts. */
export type CaseListFilters = Omit<CaseListQuery, 'limit'>;

const TEXTS = ['q', 'program', 'area', 'organization', 'cursor'] as const satisfies readonly (keyof CaseListFilters)[];
const FLAGS = ['overdue', 'assignedToMe'] as const satisfies readonly (keyof CaseListFilters)[];
const STATES = new Set<string>(Object.keys(CASE_STATE_LABELS));

/**
 * The filters in an address's query. What cannot be one (a year that is not a number, a state
 * that does not exist) is left out, so an old or mistyped link still opens the list.
 */
export function filtersFromAddress(search: URLSearchParams): CaseListFilters {
  const filters: CaseListFilters = {};
  for (const key of TEXTS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  for (const key of FLAGS) if (search.get(key) === 'true') filters[key] = true;
  const state = search.get('state');
  if (state && STATES.has(state)) filters.state = state as CaseListFilters['state'];
  const processingPeriod = search.get('processingPeriod');
  if (processingPeriod === 'near' || processingPeriod === 'past') filters.processingPeriod = processingPeriod;
  const fiscalYear = Number(search.get('fiscalYear'));
  if (Number.isInteger(fiscalYear) && fiscalYear >= 2000 && fiscalYear <= 2100) filters.fiscalYear = fiscalYear;
  return filters;
}

/** The address's query for these filters: only what is set, in a stable order, so equal views have equal addresses. */
export function addressOfFilters(filters: CaseListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  return search;
}
