import type { DeadlineRule } from '../../../../../libs/calendar/src/deadline-rule.js';
import { wholeNumberOrText } from './typed-figures.js';

/** The kinds of rule that stand alone; earliestOf takes the earliest of several of them. */
export type SingleRuleKind = Exclude<DeadlineRule['kind'], 'earliestOf'>;

/** One rule as typed: every kind's figures are kept, so that choosing another kind and back loses nothing. */
export interface SingleRuleDraft {
  kind: SingleRuleKind;
  days: string;
  month: string;
  day: string;
  date: string;
}

/** A deadline's rule as typed: a rule of its own, or the earliest of `rules`. */
export interface DeadlineRuleDraft extends Omit<SingleRuleDraft, 'kind'> {
  kind: DeadlineRule['kind'];
  rules: SingleRuleDraft[];
}

export const DEADLINE_FIELDS = ['reportDeadline', 'correctionDeadline', 'reviewDeadline', 'refundDeadline', 'paymentDeadline'] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number];

export const EMPTY_SINGLE_RULE: SingleRuleDraft = { kind: 'daysAfter', days: '', month: '', day: '', date: '' };

function singleDraftOf(rule: Exclude<DeadlineRule, { kind: 'earliestOf' }>): SingleRuleDraft {
  switch (rule.kind) {
    case 'daysAfter':
    case 'openDaysAfter':
      return { ...EMPTY_SINGLE_RULE, kind: rule.kind, days: String(rule.days) };
    case 'fixedDateAfterFiscalYearEnd':
      return { ...EMPTY_SINGLE_RULE, kind: rule.kind, month: String(rule.month), day: String(rule.day) };
    case 'onDate':
      return { ...EMPTY_SINGLE_RULE, kind: rule.kind, date: rule.date };
  }
}

/**
 * The earliest of rules, one of which is itself an earliest of, is the earliest of them all
 * (computeDeadline moves only the earliest raw date to an open day): the form lists them
 * flat, one level, which is all a clerk needs to read.
 */
function flattened(rules: readonly DeadlineRule[]): Array<Exclude<DeadlineRule, { kind: 'earliestOf' }>> {
  return rules.flatMap((rule) => (rule.kind === 'earliestOf' ? flattened(rule.rules) : [rule]));
}

export function draftOfDeadlineRule(rule: DeadlineRule): DeadlineRuleDraft {
  if (rule.kind === 'earliestOf') return { ...EMPTY_SINGLE_RULE, kind: 'earliestOf', rules: flattened(rule.rules).map(singleDraftOf) };
  return { ...singleDraftOf(rule), rules: [] };
}

/** The rule of a draft, with only the chosen kind's figures; figures as typed when they are not numbers, for the API to name. */
function singleRuleOf(draft: SingleRuleDraft): Record<string, unknown> {
  switch (draft.kind) {
    case 'daysAfter':
    case 'openDaysAfter':
      return { kind: draft.kind, days: wholeNumberOrText(draft.days) };
    case 'fixedDateAfterFiscalYearEnd':
      return { kind: draft.kind, month: wholeNumberOrText(draft.month), day: wholeNumberOrText(draft.day) };
    case 'onDate':
      return { kind: draft.kind, date: draft.date.trim() };
  }
}

export function deadlineRuleOf(draft: DeadlineRuleDraft): Record<string, unknown> {
  if (draft.kind === 'earliestOf') return { kind: 'earliestOf', rules: draft.rules.map(singleRuleOf) };
  return singleRuleOf({ ...draft, kind: draft.kind });
}

/**
 * The draft with another kind chosen. Choosing "the earliest of" starts from the rule there
 * was and a fixed date after the fiscal year, the pair municipal rules name most (30 days
 * after completion or 10 April); its figures are left for the administrator to fill in.
 */
export function withKind(draft: DeadlineRuleDraft, kind: DeadlineRule['kind']): DeadlineRuleDraft {
  if (kind !== 'earliestOf' || draft.rules.length > 0 || draft.kind === 'earliestOf') return { ...draft, kind };
  const { rules: _, ...single } = draft;
  return { ...draft, kind, rules: [{ ...single, kind: draft.kind }, { ...EMPTY_SINGLE_RULE, kind: 'fixedDateAfterFiscalYearEnd' }] };
}
