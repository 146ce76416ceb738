import { useState } from 'react';
import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { ExpenseLines, linesOf, type TypedLine, typedLinesOf } from '../../components/expense-lines.js';
import { Figures } from '../../components/figures.js';
import { missingOf, Papers } from '../../components/papers.js';
import { Section } from '../../components/section.js';
import { TextArea } from '../../components/text-area.js';
import { estimateSettlement } from '../../estimate.js';
import { yen } from '../../format.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

interface ReportDraft {
  lines: TypedLine[];
  outcomes: string;
}

/** 実績報告: what was spent by line, the receipts, and the amount it would confirm, before it is sent. */
export function ReportForm({ view, program, attachments: initialAttachments, plannedLines, reportedLines, draftKey }: ActionFormProps) {
  const [draft, setDraft, forget] = useDraft<ReportDraft>(draftKey, () => ({ lines: typedLinesOf(reportedLines ?? plannedLines), outcomes: '' }));
  const [attachments, setAttachments] = useState(initialAttachments);
  const lines = linesOf(draft.lines);
  const settlement = estimateSettlement(program, lines, view.amounts.decided ?? 0, view.amounts.paid - view.amounts.refunded);
  const words = texts.actions.SUBMIT_REPORT;
  const missing = missingOf(program.requiredDocuments.report, attachments);
  return (
    <EventForm view={view} words={words} event={{ type: 'SUBMIT_REPORT', actualExpenses: lines.filter((line) => line.amount > 0), outcomes: draft.outcomes }} onSent={forget}>
      {(error) => (
        <>
          <Section title={words.expensesTitle} className="flex flex-col gap-4">
            <ExpenseLines program={program} lines={draft.lines} onChange={(changed) => setDraft((current) => ({ ...current, lines: changed }))} field="actualExpenses" error={error} />
          </Section>
          <TextArea
            label={words.outcomes}
            help={words.outcomesHelp}
            value={draft.outcomes}
            onChange={(changed) => setDraft((current) => ({ ...current, outcomes: changed.target.value }))}
            error={problemOf(error, 'outcomes')}
          />
          <Section title={words.papersTitle} className="flex flex-col gap-4">
            <p className="text-std-16N-170">{texts.application.papersLead}</p>
            <Papers caseId={view.id} documents={program.requiredDocuments.report} attachments={attachments} onUploaded={(attachment) => setAttachments((current) => [...current, attachment])} />
            {missing.length > 0 && <p className="text-std-16B-170 text-red-800">{texts.application.missingPapers(missing.map((document) => document.ja).join('、'))}</p>}
          </Section>
          <SettlementPreview settlement={settlement} rate={program.rate.ja} />
        </>
      )}
    </EventForm>
  );
}

function SettlementPreview({ settlement, rate }: { settlement: ReturnType<typeof estimateSettlement>; rate: string }) {
  const words = texts.actions.SUBMIT_REPORT;
  return (
    <Figures
      title={words.previewTitle}
      figures={[
        { label: texts.application.eligible, value: yen(settlement.eligible) },
        { label: texts.application.byRate(rate), value: yen(settlement.byRate) },
        { label: words.decided, value: yen(settlement.decided) },
        { label: words.confirmed, value: yen(settlement.confirmed), result: true, testId: 'settlement-confirmed' },
        { label: words.paid, value: yen(settlement.confirmed - settlement.balance) },
      ]}
    >
      <p className="mt-2 text-std-16B-170">
        {settlement.balance > 0 ? words.toBePaid(yen(settlement.balance)) : settlement.balance < 0 ? words.toRefund(yen(-settlement.balance)) : words.settled}
      </p>
      <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{words.approverDecides}</p>
    </Figures>
  );
}
