import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { problemOf } from '../api/client.js';
import { loadCaseForForm } from '../api/load-case-for-form.js';
import { useDraft } from '../api/use-draft.js';
import { useLoad } from '../api/use-load.js';
import { useSendEvent } from '../api/use-send-event.js';
import { linkStyle, primaryButton, secondaryButton } from '../components/button.js';
import { ExpenseLines, ExpenseTable, linesOf, type TypedLine, typedLinesOf, yenOf } from '../components/expense-lines.js';
import { ExpenseChanges } from '../components/expense-changes.js';
import { Field } from '../components/field.js';
import { Figures } from '../components/figures.js';
import { PageTitle } from '../components/page-title.js';
import { missingOf, Papers } from '../components/papers.js';
import { Section } from '../components/section.js';
import { Refusal } from '../components/refusal.js';
import { estimateGrant } from '../estimate.js';
import { yen } from '../format.js';
import { texts } from '../texts.js';

type CaseView = components['schemas']['CaseViewDto'];
type Program = components['schemas']['ProgramTermsDto'];
type Attachment = components['schemas']['AttachmentResponseDto'];
type ExpenseRevision = components['schemas']['ExpenseRevisionResponseDto'];

interface Draft {
  lines: TypedLine[];
  requestedAmount: string;
}

const emptyDraft = (program: Program): Draft => ({ lines: [{ category: program.eligibleExpenseCategories[0] ?? '', amount: '' }], requestedAmount: '' });

/** The application in three steps, kept as a draft on this device as it is typed; SUBMIT, or RESUBMIT after a 差戻し. */
export function ApplicationForm() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => loadCaseForForm(id), [id]);
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  const { view, program, attachments, expenses } = loaded.data;
  const lastFiling = expenses.planned;
  const filing = view.availableEvents.includes('RESUBMIT') ? 'RESUBMIT' : view.availableEvents.includes('SUBMIT') ? 'SUBMIT' : null;
  if (!filing)
    return (
      <>
        <PageTitle title={texts.application.title}>{texts.application.title}</PageTitle>
        <p className="text-std-16N-170">{texts.application.notOpen}</p>
        <Link to={`/cases/${id}`} className={linkStyle}>
          {texts.casePage.back}
        </Link>
      </>
    );
  return <Filing view={view} program={program} initialAttachments={attachments} filing={filing} lastFiling={lastFiling} />;
}

interface FilingProps {
  view: CaseView;
  program: Program;
  initialAttachments: Attachment[];
  filing: 'SUBMIT' | 'RESUBMIT';
  /** What was filed before a 差戻し: the form reopens on it, and the confirmation shows what changed. */
  lastFiling: ExpenseRevision | null;
}

/** The draft to start from when this device keeps none: the last filing, else one empty line. */
function initialDraft(view: CaseView, program: Program, lastFiling: ExpenseRevision | null): Draft {
  if (lastFiling) return { lines: typedLinesOf(lastFiling.lines), requestedAmount: view.amounts.requested === null ? '' : String(view.amounts.requested) };
  return emptyDraft(program);
}

function Filing({ view, program, initialAttachments, filing, lastFiling }: FilingProps) {
  const [step, setStep] = useState(0);
  const [draft, setDraft, forgetDraft] = useDraft(`grants.applicationDraft.${view.id}`, () => initialDraft(view, program, lastFiling));
  const [attachments, setAttachments] = useState(initialAttachments);
  const lines = linesOf(draft.lines);
  const estimate = estimateGrant(program, lines);
  const { send, busy, error } = useSendEvent(
    view,
    { type: filing, plannedExpenses: lines.filter((line) => line.amount > 0), requestedAmount: yenOf(draft.requestedAmount) },
    forgetDraft,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <>
      <div>
        <p className="text-dns-16N-130 text-solid-gray-700">
          {program.nameJa} ・ {view.organization.name}
        </p>
        <PageTitle title={`${texts.application.title}（${texts.application.steps[step]}）`}>{texts.application.title}</PageTitle>
      </div>
      <Steps current={step} />
      <p className="text-dns-16N-130 text-solid-gray-700" role="status">
        {texts.application.draftSaved}
      </p>
      <Refusal error={error} />
      {step === 0 && (
        <Section title={texts.application.expensesTitle} className="flex flex-col gap-4">
          <p className="text-std-16N-170">{texts.application.expensesLead}</p>
          <ExpenseLines program={program} lines={draft.lines} onChange={(changed) => setDraft((current) => ({ ...current, lines: changed }))} field="plannedExpenses" error={error} />
          <EstimateBox program={program} estimate={estimate} />
        </Section>
      )}
      {step === 1 && (
        <Section title={texts.application.papersTitle} className="flex flex-col gap-4">
          <p className="text-std-16N-170">{texts.application.papersLead}</p>
          <Papers caseId={view.id} documents={program.requiredDocuments.application} attachments={attachments} onUploaded={(attachment) => setAttachments((current) => [...current, attachment])} />
        </Section>
      )}
      {step === 2 && (
        <form id="filing" onSubmit={submit} noValidate className="flex flex-col gap-4">
          <Confirmation lines={lines} estimate={estimate} program={program} attachments={attachments} />
          {lastFiling && <ExpenseChanges title={texts.application.changesTitle} unchanged={texts.application.noChanges} before={lastFiling.lines} after={lines} />}
          <Field
            id="requested-amount"
            label={texts.application.requested}
            help={texts.application.requestedHelp(yen(estimate.most))}
            required
            inputMode="numeric"
            autoComplete="off"
            value={draft.requestedAmount}
            onChange={(event) => setDraft((current) => ({ ...current, requestedAmount: event.target.value }))}
            error={problemOf(error, 'requestedAmount')}
          />
        </form>
      )}
      <div className="flex flex-wrap gap-3">
        {step > 0 && (
          <button type="button" className={secondaryButton} onClick={() => setStep(step - 1)}>
            {texts.application.back}
          </button>
        )}
        {/* Keys keep 「次へ」 and 「提出」 apart: a reused element turning type=submit inside the click would file the form. */}
        {step < 2 ? (
          <button key="next" type="button" className={primaryButton} onClick={() => setStep(step + 1)}>
            {texts.application.next}
          </button>
        ) : (
          <button key="submit" type="submit" form="filing" className={primaryButton} disabled={busy}>
            {busy ? texts.application.submitting : filing === 'RESUBMIT' ? texts.application.resubmit : texts.application.submit}
          </button>
        )}
      </div>
    </>
  );
}

function Steps({ current }: { current: number }) {
  return (
    <ol aria-label={texts.application.stepOf(current + 1, texts.application.steps.length)} className="flex flex-wrap gap-2 text-dns-16N-130">
      {texts.application.steps.map((name, index) => (
        <li key={name} aria-current={index === current ? 'step' : undefined} className={`rounded-full border px-3 py-1 ${index === current ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-420'}`}>
          {index + 1}. {name}
        </li>
      ))}
    </ol>
  );
}

function EstimateBox({ program, estimate }: { program: Program; estimate: ReturnType<typeof estimateGrant> }) {
  return (
    <Figures
      title={texts.application.estimateTitle}
      level={3}
      figures={[
        { label: texts.application.eligible, value: yen(estimate.eligible) },
        { label: texts.application.byRate(program.rate.ja), value: yen(estimate.byRate) },
        ...(estimate.cap === null ? [] : [{ label: texts.application.cap, value: yen(estimate.cap) }]),
        { label: texts.application.most, value: yen(estimate.most), result: true, testId: 'estimate-most' },
      ]}
    >
      {estimate.ineligible.map((line) => (
        <p key={line.category} className="mt-2 text-std-16N-170">
          {texts.application.ineligible(line.category)}
        </p>
      ))}
      <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{texts.application.serverChecks}</p>
    </Figures>
  );
}

function Confirmation({ lines, estimate, program, attachments }: { lines: { category: string; amount: number }[]; estimate: ReturnType<typeof estimateGrant>; program: Program; attachments: Attachment[] }) {
  const missing = missingOf(program.requiredDocuments.application, attachments);
  return (
    <Section title={texts.application.confirmTitle} className="flex flex-col gap-3">
      <ExpenseTable caption={texts.application.expensesTitle} lines={lines} />
      <EstimateBox program={program} estimate={estimate} />
      {missing.length > 0 && (
        <p className="rounded-8 border-2 border-red-800 p-3 text-std-16B-170 text-red-800">{texts.application.missingPapers(missing.map((document) => document.ja).join('、'))}</p>
      )}
    </Section>
  );
}
