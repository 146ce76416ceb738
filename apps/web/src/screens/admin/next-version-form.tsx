import { type FormEvent, useState } from 'react';
import { DOCUMENT_KIND_LABELS, DOCUMENT_PHASE_LABELS, ORGANIZATION_TYPE_LABELS, ROUNDING_LABELS } from '../../../../../libs/programs/src/program-labels.js';
import type { DocumentKind, DocumentPhase, OrganizationType, Program, Rounding } from '../../../../../libs/programs/src/program.js';
import { api, ApiRefusal, unwrap } from '../../api/client.js';
import { primaryButton } from '../../components/button.js';
import { Checkbox } from '../../components/checkbox.js';
import { CheckboxGroup } from '../../components/checkbox-group.js';
import { Field } from '../../components/field.js';
import { FractionFields } from '../../components/fraction-fields.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { SelectField } from '../../components/select-field.js';
import { TextArea } from '../../components/text-area.js';
import { texts } from '../../texts.js';
import { ApprovalRouteFields } from './approval-route-fields.js';
import { DEADLINE_FIELDS } from './deadline-rule-draft.js';
import { DeadlineRuleFields } from './deadline-rule-fields.js';
import type { FractionDraft, ProgramRulesDraft } from './program-rules-draft.js';
import { draftOfProgram, nextVersionOf } from './program-rules-form.js';
import { controlId, controlIdOf, problemsByControl } from './program-rules-problems.js';
import { percentOf } from './typed-figures.js';

type TextKey = { [Key in keyof ProgramRulesDraft]: string extends ProgramRulesDraft[Key] ? Key : never }[keyof ProgramRulesDraft];
type FractionKey = { [Key in keyof ProgramRulesDraft]: ProgramRulesDraft[Key] extends FractionDraft ? Key : never }[keyof ProgramRulesDraft];
type FlagKey = { [Key in keyof ProgramRulesDraft]: ProgramRulesDraft[Key] extends boolean ? Key : never }[keyof ProgramRulesDraft];

const ORGANIZATION_TYPES = Object.entries(ORGANIZATION_TYPE_LABELS) as [OrganizationType, string][];
const DOCUMENT_KINDS = Object.entries(DOCUMENT_KIND_LABELS) as [DocumentKind, string][];
const DOCUMENT_PHASES = Object.entries(DOCUMENT_PHASE_LABELS) as [DocumentPhase, string][];
const ROUNDINGS = Object.entries(ROUNDING_LABELS) as [Rounding, string][];
/** Each part of the form under its heading, set apart by a rule so that a long form reads in parts. */
const PART = 'flex flex-col gap-4 border-t border-solid-gray-420 pt-6';

interface NextVersionProps {
  code: string;
  latest: Program;
  latestVersion: number;
  onAdded(version: number): void;
}

/**
 * The next version of a program, made from the latest: every rule an administrator changes
 * between fiscal years as fields, in sections. The API checks the whole program; each of its
 * problems shows under its field, and the summary at the top links to each field.
 */
export function NextVersion({ code, latest, latestVersion, onAdded }: NextVersionProps) {
  const words = texts.admin.programs;
  const [draft, setDraft] = useState<ProgramRulesDraft>(() => draftOfProgram(latest));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const byControl = problemsByControl(error instanceof ApiRefusal ? error.body.problems : []);
  const errorOf = (control: string) => byControl.get(control);
  const change = (changed: Partial<ProgramRulesDraft>) => setDraft((current) => ({ ...current, ...changed }));
  const text = (key: TextKey) => ({
    id: controlId(FIELD_CONTROLS[key]),
    value: draft[key],
    onChange: (changed: { target: { value: string } }) => change({ [key]: changed.target.value }),
    error: errorOf(FIELD_CONTROLS[key]),
  });
  const flag = (key: FlagKey, control: string) => ({
    id: controlId(control),
    checked: draft[key],
    onChange: (changed: { target: { checked: boolean } }) => change({ [key]: changed.target.checked }),
    'aria-invalid': errorOf(control) ? true : undefined,
  });
  const fraction = (key: FractionKey, path: string) => {
    const percent = percentOf(draft[key].numerator, draft[key].denominator);
    return {
      value: draft[key],
      onChange: (value: FractionDraft) => change({ [key]: value }),
      reading: percent === null ? null : words.percent(percent),
      errors: { numerator: errorOf(`${path}.numerator`), denominator: errorOf(`${path}.denominator`) },
      ids: { numerator: controlId(`${path}.numerator`), denominator: controlId(`${path}.denominator`) },
      labels: { numerator: words.numerator, denominator: words.denominator },
    };
  };

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
      <form onSubmit={add} noValidate className="flex flex-col gap-8">
        <Refusal error={error} fieldIdOf={controlIdOf} />

        <Section title={words.sections.basics} level={3} className={PART}>
          <Field label={words.nameJa} required {...text('nameJa')} />
          <CheckboxGroup
            id={controlId('eligibleOrganizationTypes')}
            legend={words.organizationTypes}
            help={words.organizationTypesHelp}
            choices={ORGANIZATION_TYPES}
            chosen={draft.eligibleOrganizationTypes}
            onChange={(chosen) => change({ eligibleOrganizationTypes: chosen })}
            error={errorOf('eligibleOrganizationTypes')}
          />
          <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-1 text-std-16B-170">{words.window}</legend>
            <Field label={words.windowOpens} type="date" {...text('windowOpens')} />
            <Field label={words.windowCloses} type="date" {...text('windowCloses')} />
          </fieldset>
          <SelectField
            id={controlId('projectFiscalYear')}
            label={words.projectFiscalYear}
            value={draft.projectFiscalYear}
            onChange={(changed) => change({ projectFiscalYear: changed.target.value as Program['projectFiscalYear'] })}
            choices={Object.entries(words.projectFiscalYears)}
            error={errorOf('projectFiscalYear')}
          />
          <Checkbox label={words.priorConsultationRequired} {...flag('priorConsultationRequired', 'priorConsultationRequired')} />
        </Section>

        <Section title={words.sections.amounts} level={3} className={PART}>
          <FractionFields legend={words.rate} {...fraction('rate', 'rate')} labels={{ numerator: words.rateNumerator, denominator: words.rateDenominator }} />
          <SelectField
            id={controlId('rounding')}
            label={words.rounding}
            value={draft.rounding}
            onChange={(changed) => change({ rounding: changed.target.value as Rounding })}
            choices={ROUNDINGS}
            error={errorOf('rounding')}
          />
          <Field label={words.perFiscalYearCap} help={words.perFiscalYearCapHelp} inputMode="numeric" autoComplete="off" {...text('perFiscalYearCap')} />
          <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-1 text-std-16B-170">{words.totalCap}</legend>
            <p className="text-dns-16N-130 text-solid-gray-700">{words.totalCapHelp}</p>
            <Field label={words.totalCapAmount} inputMode="numeric" autoComplete="off" {...text('totalCapAmount')} />
            <Field label={words.totalCapFiscalYears} inputMode="numeric" autoComplete="off" {...text('totalCapFiscalYears')} />
          </fieldset>
          <TextArea label={words.categories} help={words.categoriesHelp} required {...text('categories')} />
        </Section>

        <Section title={words.sections.payments} level={3} className={PART}>
          <Checkbox label={words.advanceAllowed} {...flag('advanceAllowed', 'advancePayment.allowed')} />
          {draft.advanceAllowed && <FractionFields legend={words.advanceMaxFraction} help={words.advanceMaxFractionHelp} {...fraction('advanceMaxFraction', 'advancePayment.maxFraction')} />}
          <FractionFields legend={words.minorChangeThreshold} help={words.minorChangeThresholdHelp} {...fraction('minorChangeThreshold', 'minorChangeThreshold')} />
          <Checkbox label={words.settledEachFiscalYear} {...flag('settledEachFiscalYear', 'settledEachFiscalYear')} />
          <Field label={words.withdrawalPeriodDays} help={words.withdrawalPeriodDaysHelp} required inputMode="numeric" autoComplete="off" {...text('withdrawalPeriodDays')} />
        </Section>

        <Section title={words.sections.deadlines} level={3} className={PART}>
          <p className="text-std-16N-170">{words.deadlinesLead}</p>
          <Field label={words.standardProcessingDays} help={words.standardProcessingDaysHelp} required inputMode="numeric" autoComplete="off" {...text('standardProcessingDays')} />
          {DEADLINE_FIELDS.map((field) => (
            <DeadlineRuleFields
              key={field}
              field={field}
              draft={draft.deadlines[field]}
              onChange={(rule) => setDraft((current) => ({ ...current, deadlines: { ...current.deadlines, [field]: rule } }))}
              errorOf={errorOf}
            />
          ))}
        </Section>

        <Section title={words.sections.route} level={3} className={PART}>
          <ApprovalRouteFields steps={draft.approvalRoute} onChange={(steps) => change({ approvalRoute: steps })} errorOf={errorOf} />
        </Section>

        <Section title={words.sections.refund} level={3} className={PART}>
          <FractionFields legend={words.additionPerYear} help={words.refundRateHelp} {...fraction('additionPerYear', 'refundInterest.additionPerYear')} />
          <FractionFields legend={words.delinquencyPerYear} help={words.refundRateHelp} {...fraction('delinquencyPerYear', 'refundInterest.delinquencyPerYear')} />
        </Section>

        <Section title={words.sections.documents} level={3} className={PART}>
          {DOCUMENT_PHASES.map(([phase, phaseName]) => (
            <CheckboxGroup
              key={phase}
              id={controlId(`requiredDocuments.${phase}`)}
              legend={words.documentsOf(phaseName)}
              choices={DOCUMENT_KINDS}
              chosen={draft.requiredDocuments[phase]}
              onChange={(chosen) => setDraft((current) => ({ ...current, requiredDocuments: { ...current.requiredDocuments, [phase]: chosen } }))}
              error={errorOf(`requiredDocuments.${phase}`)}
            />
          ))}
        </Section>

        <Section title={words.sections.reminders} level={3} className={PART}>
          <Field label={words.reminderDaysBefore} help={words.reminderDaysBeforeHelp} autoComplete="off" {...text('reminderDaysBefore')} />
          <Field label={words.escalateAfterDays} help={words.escalateAfterDaysHelp} required inputMode="numeric" autoComplete="off" {...text('escalateAfterDays')} />
        </Section>

        <p>
          <button type="submit" className={primaryButton} disabled={busy}>
            {words.add(latestVersion + 1)}
          </button>
        </p>
      </form>
    </Section>
  );
}

/** The control of each field typed as text: the path the API names its problems by. */
const FIELD_CONTROLS: Readonly<Record<TextKey, string>> = {
  nameJa: 'nameJa',
  windowOpens: 'applicationWindow.opens',
  windowCloses: 'applicationWindow.closes',
  perFiscalYearCap: 'caps.perFiscalYear',
  totalCapAmount: 'caps.total.amount',
  totalCapFiscalYears: 'caps.total.fiscalYears',
  categories: 'eligibleExpenseCategories',
  withdrawalPeriodDays: 'withdrawalPeriodDays',
  standardProcessingDays: 'standardProcessingDays',
  reminderDaysBefore: 'reminders.daysBefore',
  escalateAfterDays: 'reminders.escalateAfterDays',
};
