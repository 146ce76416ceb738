import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, ApiRefusal, unwrap } from '../api/client.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle, primaryButton, secondaryButton } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { Section } from '../components/section.js';
import { Refusal } from '../components/refusal.js';
import { estimateGrant } from '../estimate.js';
import { yen } from '../format.js';
import { texts } from '../texts.js';

type CaseView = components['schemas']['CaseViewDto'];
type Program = components['schemas']['CatalogueProgramDto'];
type Attachment = components['schemas']['AttachmentResponseDto'];
type DocumentKind = Attachment['documentKind'];
type ExpenseRevision = components['schemas']['ExpenseRevisionResponseDto'];

interface DraftLine {
  category: string;
  /** As typed: a person may be halfway through a number. */
  amount: string;
}
interface Draft {
  lines: DraftLine[];
  requestedAmount: string;
}

const draftKey = (caseId: string) => `grants.applicationDraft.${caseId}`;
const emptyDraft = (program: Program): Draft => ({ lines: [{ category: program.eligibleExpenseCategories[0] ?? '', amount: '' }], requestedAmount: '' });
const yenOf = (typed: string): number => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);

/** The application in three steps, kept as a draft on this device as it is typed; SUBMIT, or RESUBMIT after a 差戻し. */
export function ApplicationForm() {
  const { id = '' } = useParams();
  const loaded = useLoad(async () => {
    const view = await unwrap(api.GET('/cases/{id}', { params: { path: { id } } }));
    const [catalogue, attachments, expenses] = await Promise.all([
      unwrap(api.GET('/programs')),
      unwrap(api.GET('/cases/{id}/attachments', { params: { path: { id } } })),
      unwrap(api.GET('/cases/{id}/expenses', { params: { path: { id } } })),
    ]);
    return { view, program: catalogue.find((program) => program.code === view.program.code), attachments, lastFiling: expenses.planned };
  }, [id]);
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  const { view, program, attachments, lastFiling } = loaded.data;
  const filing = view.availableEvents.includes('RESUBMIT') ? 'RESUBMIT' : view.availableEvents.includes('SUBMIT') ? 'SUBMIT' : null;
  if (!program || !filing)
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

/** The draft to start from: this device's, else the last filing, else one empty line. */
function initialDraft(view: CaseView, program: Program, lastFiling: ExpenseRevision | null): Draft {
  const saved = localStorage.getItem(draftKey(view.id));
  if (saved) return JSON.parse(saved) as Draft;
  if (lastFiling) return { lines: lastFiling.lines.map((line) => ({ category: line.category, amount: String(line.amount) })), requestedAmount: view.amounts.requested === null ? '' : String(view.amounts.requested) };
  return emptyDraft(program);
}

function Filing({ view, program, initialAttachments, filing, lastFiling }: FilingProps) {
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(view, program, lastFiling));
  const [attachments, setAttachments] = useState(initialAttachments);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per filing attempt of this content: a double click or a retry files once.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [draft]);

  useEffect(() => localStorage.setItem(draftKey(view.id), JSON.stringify(draft)), [view.id, draft]);

  const lines = draft.lines.map((line) => ({ category: line.category, amount: yenOf(line.amount) }));
  const estimate = estimateGrant(program, lines);
  const setLine = (index: number, change: Partial<DraftLine>) =>
    setDraft((current) => ({ ...current, lines: current.lines.map((line, at) => (at === index ? { ...line, ...change } : line)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await unwrap(
        api.POST('/cases/{id}/events', {
          params: { path: { id: view.id }, header: { 'Idempotency-Key': idempotencyKey, 'If-Match': `"${view.version}"` } },
          body: { type: filing, plannedExpenses: lines.filter((line) => line.amount > 0), requestedAmount: yenOf(draft.requestedAmount) },
        }),
      );
      localStorage.removeItem(draftKey(view.id));
      navigate(`/cases/${view.id}`);
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
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
        <Expenses program={program} draft={draft} setLine={setLine} setDraft={setDraft} estimate={estimate} error={error} />
      )}
      {step === 1 && <Papers caseId={view.id} program={program} attachments={attachments} onUploaded={(attachment) => setAttachments((current) => [...current, attachment])} />}
      {step === 2 && (
        <form id="filing" onSubmit={submit} noValidate className="flex flex-col gap-4">
          <Confirmation lines={lines} estimate={estimate} program={program} attachments={attachments} />
          {lastFiling && <ChangesSinceLastFiling before={lastFiling.lines} after={lines} />}
          <RequestedAmount value={draft.requestedAmount} most={estimate.most} onChange={(requestedAmount) => setDraft((current) => ({ ...current, requestedAmount }))} error={error} />
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

interface ExpensesProps {
  program: Program;
  draft: Draft;
  setLine(index: number, change: Partial<DraftLine>): void;
  setDraft(change: (current: Draft) => Draft): void;
  estimate: ReturnType<typeof estimateGrant>;
  error: unknown;
}

function Expenses({ program, draft, setLine, setDraft, estimate, error }: ExpensesProps) {
  const categories = [...program.eligibleExpenseCategories, texts.application.otherCategory];
  const lineError = (index: number) => (error instanceof ApiRefusal ? error.problemOf(`plannedExpenses[${index}].amount`) : undefined);
  return (
    <Section title={texts.application.expensesTitle} className="flex flex-col gap-4">
      <p className="text-std-16N-170">{texts.application.expensesLead}</p>
      <ol className="flex flex-col gap-4">
        {draft.lines.map((line, index) => (
          <li key={index}>
            <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4 md:flex-row md:items-end">
              <legend className="px-1 text-std-16B-170">{texts.application.line(index + 1)}</legend>
              <label className="flex flex-col gap-1 text-std-16B-170">
                {texts.application.category}
                <select value={line.category} onChange={(event) => setLine(index, { category: event.target.value })} className="min-h-12 rounded-8 border border-solid-gray-600 bg-white px-3 text-std-16N-170">
                  {categories.map((category) => (
                    <option key={category}>{category}</option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 text-std-16B-170">
                {texts.application.amount}
                <input
                  inputMode="numeric"
                  autoComplete="off"
                  value={line.amount}
                  onChange={(event) => setLine(index, { amount: event.target.value })}
                  aria-invalid={lineError(index) ? true : undefined}
                  className="min-h-12 w-full rounded-8 border border-solid-gray-600 px-3 text-std-16N-170 md:w-48"
                />
              </label>
              {lineError(index) && <p className="text-dns-16N-130 text-red-800">{lineError(index)}</p>}
              {draft.lines.length > 1 && (
                <button type="button" className={secondaryButton} onClick={() => setDraft((current) => ({ ...current, lines: current.lines.filter((_, at) => at !== index) }))}>
                  {texts.application.removeLine(index + 1)}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className={secondaryButton} onClick={() => setDraft((current) => ({ ...current, lines: [...current.lines, { category: categories[0] ?? '', amount: '' }] }))}>
          {texts.application.addLine}
        </button>
      </div>
      <EstimateBox program={program} estimate={estimate} />
    </Section>
  );
}

function EstimateBox({ program, estimate }: { program: Program; estimate: ReturnType<typeof estimateGrant> }) {
  return (
    <section aria-labelledby="estimate-title" aria-live="polite" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-4">
      <h3 id="estimate-title" className="text-std-18B-160">
        {texts.application.estimateTitle}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[14rem_1fr]">
        <dt>{texts.application.eligible}</dt>
        <dd>{yen(estimate.eligible)}</dd>
        <dt>{texts.application.byRate(program.rate.ja)}</dt>
        <dd>{yen(estimate.byRate)}</dd>
        {estimate.cap !== null && (
          <>
            <dt>{texts.application.cap}</dt>
            <dd>{yen(estimate.cap)}</dd>
          </>
        )}
        <dt className="font-bold">{texts.application.most}</dt>
        <dd className="font-bold" data-testid="estimate-most">
          {yen(estimate.most)}
        </dd>
      </dl>
      {estimate.ineligible.map((line) => (
        <p key={line.category} className="mt-2 text-std-16N-170">
          {texts.application.ineligible(line.category)}
        </p>
      ))}
      <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{texts.application.serverChecks}</p>
    </section>
  );
}

function Papers({ caseId, program, attachments, onUploaded }: { caseId: string; program: Program; attachments: Attachment[]; onUploaded(attachment: Attachment): void }) {
  return (
    <Section title={texts.application.papersTitle} className="flex flex-col gap-4">
      <p className="text-std-16N-170">{texts.application.papersLead}</p>
      <ul className="flex flex-col gap-4">
        {program.requiredDocuments.application.map((document) => (
          <Paper key={document.kind} caseId={caseId} kind={document.kind} name={document.ja} held={currentOf(attachments, document.kind)} onUploaded={onUploaded} />
        ))}
      </ul>
    </Section>
  );
}

const currentOf = (attachments: Attachment[], kind: DocumentKind) => attachments.find((attachment) => attachment.documentKind === kind && !attachment.superseded);

function Paper({ caseId, kind, name, held, onUploaded }: { caseId: string; kind: DocumentKind; name: string; held: Attachment | undefined; onUploaded(attachment: Attachment): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const body = { documentKind: kind, file: file as unknown as string, ...(held && { supersedes: held.id }) };
      // The schema calls the file a string (binary); the browser writes the multipart from a FormData.
      const multipart = (parts: typeof body) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(parts)) form.set(name, value as string | Blob);
        return form;
      };
      onUploaded(await unwrap(api.POST('/cases/{id}/attachments', { params: { path: { id: caseId } }, body, bodySerializer: multipart })));
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };
  const inputId = `paper-${kind}`;
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
      <label htmlFor={inputId} className="text-std-17B-170">
        {name}
        <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>
      </label>
      {held && <p className="text-std-16N-170 text-green-900">{texts.application.held(held.originalName)}</p>}
      <input id={inputId} type="file" accept="application/pdf,image/jpeg,image/png,.docx,.xlsx,.csv" disabled={busy} onChange={(event) => upload(event.target.files?.[0])} className="text-std-16N-170" />
      {busy && <p role="status">{texts.application.uploading}</p>}
      <Refusal error={error} />
    </li>
  );
}

function Confirmation({ lines, estimate, program, attachments }: { lines: { category: string; amount: number }[]; estimate: ReturnType<typeof estimateGrant>; program: Program; attachments: Attachment[] }) {
  const missing = program.requiredDocuments.application.filter((document) => !currentOf(attachments, document.kind));
  return (
    <Section title={texts.application.confirmTitle} className="flex flex-col gap-3">
      <table className="w-full max-w-xl border-collapse text-std-16N-170">
        <caption className="text-left text-std-16B-170">{texts.application.expensesTitle}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-solid-gray-420 py-2 text-left">
              {texts.application.category}
            </th>
            <th scope="col" className="border-b border-solid-gray-420 py-2 text-right">
              {texts.application.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines
            .filter((line) => line.amount > 0)
            .map((line, index) => (
              <tr key={index}>
                <td className="border-b border-solid-gray-200 py-2">{line.category}</td>
                <td className="border-b border-solid-gray-200 py-2 text-right">{yen(line.amount)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <EstimateBox program={program} estimate={estimate} />
      {missing.length > 0 && (
        <p className="rounded-8 border-2 border-red-800 p-3 text-std-16B-170 text-red-800">{texts.application.missingPapers(missing.map((document) => document.ja).join('、'))}</p>
      )}
    </Section>
  );
}

function RequestedAmount({ value, most, onChange, error }: { value: string; most: number; onChange(value: string): void; error: unknown }) {
  const problem = error instanceof ApiRefusal ? error.problemOf('requestedAmount') : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="requested-amount" className="text-std-17B-170">
        {texts.application.requested}
        <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>
      </label>
      <p id="requested-amount-help" className="text-dns-16N-130 text-solid-gray-700">
        {texts.application.requestedHelp(yen(most))}
      </p>
      <input
        id="requested-amount"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'requested-amount-help requested-amount-error' : 'requested-amount-help'}
        className="min-h-12 w-full max-w-xs rounded-8 border border-solid-gray-600 px-3 text-std-16N-170"
      />
      {problem && (
        <p id="requested-amount-error" className="text-dns-16N-130 text-red-800">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Per kind of expense, the amount of the last filing beside the one about to be filed, where they differ. */
function ChangesSinceLastFiling({ before, after }: { before: { category: string; amount: number }[]; after: { category: string; amount: number }[] }) {
  const totals = (lines: { category: string; amount: number }[]) =>
    lines.reduce((sums, line) => sums.set(line.category, (sums.get(line.category) ?? 0) + (line.amount > 0 ? line.amount : 0)), new Map<string, number>());
  const was = totals(before);
  const now = totals(after);
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((category) => (was.get(category) ?? 0) !== (now.get(category) ?? 0));
  return (
    <Section title={texts.application.changesTitle} level={3}>
      {changed.length === 0 ? (
        <p className="text-std-16N-170">{texts.application.noChanges}</p>
      ) : (
        <ul className="list-disc pl-6 text-std-16N-170">
          {changed.map((category) => (
            <li key={category}>{texts.application.changed(category, yen(was.get(category) ?? 0), yen(now.get(category) ?? 0))}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
