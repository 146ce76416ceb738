import { useState } from 'react';
import { problemOf } from '../../api/client.js';
import { useDraft } from '../../api/use-draft.js';
import { ExpenseLines, ExpenseTable, linesOf, type TypedLine, typedLinesOf, yenOf } from '../../components/expense-lines.js';
import { Field } from '../../components/field.js';
import { Papers } from '../../components/papers.js';
import { Section } from '../../components/section.js';
import { TextArea } from '../../components/text-area.js';
import { estimateGrant } from '../../estimate.js';
import { yen } from '../../format.js';
import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

interface ChangeDraft {
  description: string;
  lines: TypedLine[];
  requestedAmount: string;
}

/** 変更承認申請 or 軽微な変更の届出: the plan as it would become, beside the plan as it is, and the amount it allows. */
export function ChangeForm({ type, view, program, attachments: initialAttachments, plannedLines, draftKey }: ActionFormProps & { type: 'REQUEST_CHANGE' | 'NOTIFY_MINOR_CHANGE' }) {
  const [attachments, setAttachments] = useState(initialAttachments);
  const decided = view.amounts.decided ?? 0;
  const [draft, setDraft, forget] = useDraft<ChangeDraft>(draftKey, () => ({ description: '', lines: typedLinesOf(plannedLines), requestedAmount: String(decided) }));
  const lines = linesOf(draft.lines);
  const estimate = estimateGrant(program, lines);
  const words = { ...texts.actions.change, ...texts.actions[type] };
  const event = { type, description: draft.description, plannedExpenses: lines.filter((line) => line.amount > 0), requestedAmount: yenOf(draft.requestedAmount) };
  return (
    <EventForm view={view} words={words} event={event} onSent={forget}>
      {(error) => (
        <>
          <TextArea
            label={words.description}
            help={words.descriptionHelp}
            required
            value={draft.description}
            onChange={(changed) => setDraft((current) => ({ ...current, description: changed.target.value }))}
            error={problemOf(error, 'description')}
          />
          <ExpenseTable caption={words.now} lines={plannedLines} />
          <Section title={words.expensesTitle} className="flex flex-col gap-4">
            <ExpenseLines program={program} lines={draft.lines} onChange={(changed) => setDraft((current) => ({ ...current, lines: changed }))} field="plannedExpenses" error={error} />
          </Section>
          <Field
            label={words.requested}
            help={words.requestedHelp(yen(decided), yen(estimate.most))}
            required
            inputMode="numeric"
            autoComplete="off"
            value={draft.requestedAmount}
            onChange={(changed) => setDraft((current) => ({ ...current, requestedAmount: changed.target.value }))}
            error={problemOf(error, 'requestedAmount') ?? problemOf(error, 'plannedExpenses')}
          />
          {type === 'REQUEST_CHANGE' && (
            <Section title={words.papersTitle} className="flex flex-col gap-4">
              <p className="text-std-16N-170">{words.papersLead}</p>
              <Papers caseId={view.id} documents={program.requiredDocuments.change} attachments={attachments} onUploaded={(attachment) => setAttachments((current) => [...current, attachment])} />
            </Section>
          )}
        </>
      )}
    </EventForm>
  );
}
