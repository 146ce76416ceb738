import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import type { Program } from '../../../../../libs/programs/src/program.js';
import { api, problemOf, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { TextArea } from '../../components/text-area.js';
import { tokyoDateTime } from '../../format.js';
import { texts } from '../../texts.js';
import { draftOfProgram, nextVersionOf, type ProgramRulesDraft } from './program-rules-form.js';

type ProgramDetail = components['schemas']['ProgramDetailResponseDto'];

/**
 * One program's versions (how many cases each was filed under: they keep it) and the form
 * that makes the next one from the latest: the rules as fields, each refusal under its field.
 */
export function ProgramVersions() {
  const { code = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const loaded = useLoad(() => unwrap(api.GET('/admin/programs/{code}', { params: { path: { code } } })), [code, reloads]);
  const { said, tell, statusRef } = useStatusMessage();
  const words = texts.admin.programs;
  if (loaded.status === 'loading' && reloads === 0) return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  if (loaded.status !== 'done') return <p role="status">{texts.loading}</p>;
  const detail = loaded.data;
  const latest = detail.versions.find((version) => version.version === detail.latestVersion)?.definition as unknown as Program;
  return (
    <>
      <PageTitle title={latest.nameJa}>{latest.nameJa}</PageTitle>
      <StatusMessage said={said} statusRef={statusRef} />
      <Versions detail={detail} />
      <NextVersion
        key={detail.latestVersion}
        code={code}
        latest={latest}
        latestVersion={detail.latestVersion}
        onAdded={(version) => {
          setReloads((count) => count + 1);
          tell(words.added(version));
        }}
      />
    </>
  );
}

function Versions({ detail }: { detail: ProgramDetail }) {
  const words = texts.admin.programs;
  return (
    <Section title={words.versionsTitle}>
      <ul className="flex flex-col gap-1 text-std-16N-170">
        {[...detail.versions].reverse().map((version) => (
          <li key={version.version}>{words.version(version.version, tokyoDateTime(version.createdAt), version.caseCount)}</li>
        ))}
      </ul>
    </Section>
  );
}

function NextVersion({ code, latest, latestVersion, onAdded }: { code: string; latest: Program; latestVersion: number; onAdded(version: number): void }) {
  const words = texts.admin.programs;
  const [draft, setDraft] = useState<ProgramRulesDraft>(() => draftOfProgram(latest));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof ProgramRulesDraft) => (changed: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: changed.target.value }));
  async function add(submitted: FormEvent) {
    submitted.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await unwrap(api.POST('/admin/programs/{code}/versions', { params: { path: { code } }, body: nextVersionOf(latest, latestVersion, draft) }));
      onAdded(added.version);
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  }
  return (
    <Section title={words.nextTitle(latestVersion + 1)}>
      <p className="text-std-16N-170">{words.nextLead}</p>
      <form onSubmit={add} noValidate className="flex flex-col gap-4">
        <Refusal error={error} />
        <Field label={words.nameJa} required value={draft.nameJa} onChange={set('nameJa')} error={problemOf(error, 'nameJa')} />
        <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
          <legend className="px-1 text-std-16B-170">{words.rate}</legend>
          <Field label={words.rateNumerator} required inputMode="numeric" value={draft.rateNumerator} onChange={set('rateNumerator')} error={problemOf(error, 'rate.numerator') ?? problemOf(error, 'rate')} />
          <Field label={words.rateDenominator} required inputMode="numeric" value={draft.rateDenominator} onChange={set('rateDenominator')} error={problemOf(error, 'rate.denominator')} />
        </fieldset>
        <Field label={words.perFiscalYearCap} help={words.perFiscalYearCapHelp} inputMode="numeric" value={draft.perFiscalYearCap} onChange={set('perFiscalYearCap')} error={problemOf(error, 'caps.perFiscalYear')} />
        <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
          <legend className="px-1 text-std-16B-170">{words.window}</legend>
          <Field label={words.windowOpens} type="date" value={draft.windowOpens} onChange={set('windowOpens')} error={problemOf(error, 'applicationWindow.opens') ?? problemOf(error, 'applicationWindow')} />
          <Field label={words.windowCloses} type="date" value={draft.windowCloses} onChange={set('windowCloses')} error={problemOf(error, 'applicationWindow.closes')} />
        </fieldset>
        <TextArea label={words.categories} help={words.categoriesHelp} required value={draft.categories} onChange={set('categories')} error={problemOf(error, 'eligibleExpenseCategories')} />
        <Field label={words.standardProcessingDays} help={words.standardProcessingDaysHelp} required inputMode="numeric" value={draft.standardProcessingDays} onChange={set('standardProcessingDays')} error={problemOf(error, 'standardProcessingDays')} />
        <label className="flex min-h-12 items-center gap-3 text-std-16N-170">
          <input type="checkbox" checked={draft.priorConsultationRequired} onChange={(changed) => setDraft((current) => ({ ...current, priorConsultationRequired: changed.target.checked }))} className="size-6 shrink-0" />
          {words.priorConsultationRequired}
        </label>
        <p>
          <button type="submit" className={primaryButton} disabled={busy}>
            {words.add(latestVersion + 1)}
          </button>
        </p>
      </form>
    </Section>
  );
}
