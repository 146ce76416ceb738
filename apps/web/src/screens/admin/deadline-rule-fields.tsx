import { useRef } from 'react';
import { secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';
import { type DeadlineField, type DeadlineRuleDraft, EMPTY_SINGLE_RULE, type SingleRuleDraft, type SingleRuleKind, withKind } from './deadline-rule-draft.js';
import { controlId } from './program-rules-problems.js';

const SINGLE_KINDS: readonly SingleRuleKind[] = ['daysAfter', 'openDaysAfter', 'fixedDateAfterFiscalYearEnd', 'onDate'];
const KINDS: readonly DeadlineRuleDraft['kind'][] = [...SINGLE_KINDS, 'earliestOf'];

interface DeadlineRuleFieldsProps {
  field: DeadlineField;
  draft: DeadlineRuleDraft;
  onChange(draft: DeadlineRuleDraft): void;
  /** The message under a control, by its path (`reportDeadline.rules[1].days`). */
  errorOf(control: string): string | undefined;
}

/**
 * One deadline's rule: how it is counted (a kind) and that kind's figures; for "the earliest
 * of", a list of rules, each with its own kind and figures, added and removed.
 */
export function DeadlineRuleFields({ field, draft, onChange, errorOf }: DeadlineRuleFieldsProps) {
  const words = texts.admin.programs;
  const addButton = useRef<HTMLButtonElement>(null);
  const setRule = (index: number, rule: SingleRuleDraft) => onChange({ ...draft, rules: draft.rules.map((each, at) => (at === index ? rule : each)) });
  return (
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170">{words.deadlineNames[field]}</legend>
      <p className="text-dns-16N-130 text-solid-gray-700">{words.deadlineStarts[field]}</p>
      <SelectField
        id={controlId(`${field}.kind`)}
        label={words.ruleKind}
        value={draft.kind}
        onChange={(changed) => onChange(withKind(draft, changed.target.value as DeadlineRuleDraft['kind']))}
        choices={KINDS.map((kind) => [kind, words.ruleKinds[kind]] as const)}
        error={errorOf(`${field}.kind`)}
      />
      {draft.kind === 'earliestOf' ? (
        <>
          <ol className="flex flex-col gap-3">
            {draft.rules.map((rule, index) => {
              const at = `${field}.rules[${index}]`;
              return (
                <li key={index}>
                  <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-3">
                    <legend className="px-1 text-std-16B-170">{words.subRule(index + 1)}</legend>
                    <SelectField
                      id={controlId(`${at}.kind`)}
                      label={words.ruleKind}
                      value={rule.kind}
                      onChange={(changed) => setRule(index, { ...rule, kind: changed.target.value as SingleRuleKind })}
                      choices={SINGLE_KINDS.map((kind) => [kind, words.ruleKinds[kind]] as const)}
                      error={errorOf(`${at}.kind`)}
                    />
                    <RuleFigures at={at} rule={rule} onChange={(changed) => setRule(index, changed)} errorOf={errorOf} />
                    {draft.rules.length > 1 && (
                      <p>
                        <button
                          type="button"
                          className={secondaryButton}
                          onClick={() => {
                            onChange({ ...draft, rules: draft.rules.filter((_, each) => each !== index) });
                            addButton.current?.focus();
                          }}
                        >
                          {words.removeSubRule(index + 1)}
                        </button>
                      </p>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <p>
            <button
              ref={addButton}
              type="button"
              className={secondaryButton}
              onClick={() => {
                onChange({ ...draft, rules: [...draft.rules, EMPTY_SINGLE_RULE] });
                // Once drawn, the new rule's kind is where the person goes on.
                requestAnimationFrame(() => document.getElementById(controlId(`${field}.rules[${draft.rules.length}].kind`))?.focus());
              }}
            >
              {words.addSubRule}
            </button>
          </p>
        </>
      ) : (
        <RuleFigures at={field} rule={{ ...draft, kind: draft.kind }} onChange={(changed) => onChange({ ...draft, ...changed })} errorOf={errorOf} />
      )}
    </fieldset>
  );
}

/** The figures of one kind of rule: days, a month and day after the fiscal year, or a date. */
function RuleFigures({ at, rule, onChange, errorOf }: { at: string; rule: SingleRuleDraft; onChange(rule: SingleRuleDraft): void; errorOf(control: string): string | undefined }) {
  const words = texts.admin.programs;
  const figure = (key: 'days' | 'month' | 'day' | 'date') => ({
    id: controlId(`${at}.${key}`),
    value: rule[key],
    onChange: (changed: { target: { value: string } }) => onChange({ ...rule, [key]: changed.target.value }),
    error: errorOf(`${at}.${key}`),
  });
  switch (rule.kind) {
    case 'daysAfter':
    case 'openDaysAfter':
      return <Field label={words.days} help={words.daysHelp[rule.kind]} required inputMode="numeric" autoComplete="off" {...figure('days')} />;
    case 'fixedDateAfterFiscalYearEnd':
      return (
        <>
          <Field label={words.month} help={words.fixedDateHelp} required inputMode="numeric" autoComplete="off" {...figure('month')} />
          <Field label={words.day} required inputMode="numeric" autoComplete="off" {...figure('day')} />
        </>
      );
    case 'onDate':
      return <Field label={words.date} required type="date" {...figure('date')} />;
  }
}
