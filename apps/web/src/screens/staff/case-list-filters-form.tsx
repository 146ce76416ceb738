import { type FormEvent, useState } from 'react';
import { fiscalYearLabel } from '../../../../../libs/calendar/src/fiscal-year-label.js';
import { fiscalYearOfInstant } from '../../../../../libs/calendar/src/fiscal-year.js';
import { CASE_STATE_LABELS } from '../../../../../libs/lifecycle/src/case-states.js';
import { api, unwrap } from '../../api/client.js';
import type { Role } from '../../api/roles.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { Section } from '../../components/section.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';
import { type CaseListFilters, filtersFromAddress } from './case-list-filters.js';

/** The organization directory is the officers', approvers' and finance's; a reviewer filters without it. */
const DIRECTORY_READERS = new Set<Role>(['officer', 'approver', 'finance']);
/** Years a clerk looks back on: the coming one, this one and five before (older cases are found by number). */
const YEARS_BACK = 5;

/**
 * The case list's filters as a form: chosen, then applied at once (one request, one address),
 * so a slow line does not send a query for each change. Cleared, the list shows everything.
 */
export function CaseListFiltersForm({ filters, role, onApply }: { filters: CaseListFilters; role: Role; onApply(filters: CaseListFilters): void }) {
  const [chosen, setChosen] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)])));
  const choices = useLoad(
    () =>
      Promise.all([
        unwrap(api.GET('/programs')),
        DIRECTORY_READERS.has(role) ? unwrap(api.GET('/directory/organizations')) : Promise.resolve([]),
      ]),
    [role],
  );
  const words = texts.staff.caseList;
  const set = (key: string) => (changed: { target: { value: string } }) => setChosen((current) => ({ ...current, [key]: changed.target.value }));
  const setFlag = (key: string) => (changed: { target: { checked: boolean } }) => setChosen((current) => ({ ...current, [key]: changed.target.checked ? 'true' : '' }));
  const apply = (submitted: FormEvent) => {
    submitted.preventDefault();
    onApply(filtersFromAddress(new URLSearchParams(Object.entries(chosen).filter(([, value]) => value !== ''))));
  };
  const any = ['', words.any] as const;
  const thisYear = fiscalYearOfInstant(new Date());
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, index) => thisYear + 1 - index).map((year) => [String(year), fiscalYearLabel(year)] as const);
  const [programs, organizations] = choices.status === 'done' ? choices.data : [[], []];
  const areas = [...new Set(organizations.map((organization) => organization.area))].sort();
  return (
    <Section title={words.filtersTitle} className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      {choices.status === 'failed' && <p className="text-std-16N-170">{texts.networkError}</p>}
      <form onSubmit={apply} className="flex flex-col gap-4">
        <Field label={words.q} help={words.qHelp} type="search" value={chosen.q ?? ''} onChange={set('q')} autoComplete="off" />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField label={words.fiscalYear} value={chosen.fiscalYear ?? ''} onChange={set('fiscalYear')} choices={[any, ...years]} />
          <SelectField label={words.program} value={chosen.program ?? ''} onChange={set('program')} choices={[any, ...programs.map((program) => [program.code, program.nameJa] as const)]} />
          <SelectField label={words.state} value={chosen.state ?? ''} onChange={set('state')} choices={[any, ...Object.entries(CASE_STATE_LABELS).map(([code, label]) => [code, label.ja] as const)]} />
          <SelectField
            label={words.processingPeriod}
            value={chosen.processingPeriod ?? ''}
            onChange={set('processingPeriod')}
            choices={[any, ...Object.entries(words.processingPeriodChoices)]}
          />
          {DIRECTORY_READERS.has(role) && (
            <>
              <SelectField label={words.area} value={chosen.area ?? ''} onChange={set('area')} choices={[any, ...areas.map((area) => [area, area] as const)]} />
              <SelectField label={words.organization} value={chosen.organization ?? ''} onChange={set('organization')} choices={[any, ...organizations.map((organization) => [organization.id, organization.name] as const)]} />
            </>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
            <input type="checkbox" checked={chosen.overdue === 'true'} onChange={setFlag('overdue')} className="size-6" />
            {words.overdue}
          </label>
          {role === 'reviewer' && (
            <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
              <input type="checkbox" checked={chosen.assignedToMe === 'true'} onChange={setFlag('assignedToMe')} className="size-6" />
              {words.assignedToMe}
            </label>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={primaryButton}>
            {words.apply}
          </button>
          <button type="button" className={secondaryButton} onClick={() => onApply({})}>
            {words.clear}
          </button>
        </div>
      </form>
    </Section>
  );
}
