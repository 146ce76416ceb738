import { DEADLINE_FIELDS } from './deadline-rule-draft.js';

/** A problem of the API's answer: the path of the field it is about (null for the whole program) and the sentence a person reads. */
export interface FieldProblem {
  field: string | null;
  message: string;
}

/** Lists shown as one control (checkboxes, a text area, one box of comma-separated days): their items' problems go under it. */
const LISTS = /^(eligibleOrganizationTypes|eligibleExpenseCategories|reminders\.daysBefore|requiredDocuments\.(?:application|change|report))(?:\[\d+\])?$/;
const FRACTIONS = /^(rate|advancePayment\.maxFraction|minorChangeThreshold|refundInterest\.(?:additionPerYear|delinquencyPerYear))(\.numerator|\.denominator)?$/;
const DEADLINE = new RegExp(`^(${DEADLINE_FIELDS.join('|')})(\\.rules\\[\\d+\\])?(?:\\.(kind|days|month|day|date)\\b)?`);
const STEP = /^approvalRoute\[(\d+)\](?:\.(upTo|approverTitle))?$/;
const OWN_CONTROLS = new Set([
  'nameJa',
  'applicationWindow.opens',
  'applicationWindow.closes',
  'projectFiscalYear',
  'priorConsultationRequired',
  'rounding',
  'caps.perFiscalYear',
  'caps.total.amount',
  'caps.total.fiscalYears',
  'advancePayment.allowed',
  'settledEachFiscalYear',
  'withdrawalPeriodDays',
  'standardProcessingDays',
  'reminders.escalateAfterDays',
]);
/** A problem with a whole part of the program, shown under the part's first control. */
const WHOLES: Readonly<Record<string, string>> = {
  applicationWindow: 'applicationWindow.opens',
  caps: 'caps.perFiscalYear',
  'caps.total': 'caps.total.amount',
  advancePayment: 'advancePayment.allowed',
  approvalRoute: 'approvalRoute[0].approverTitle',
  refundInterest: 'refundInterest.additionPerYear.numerator',
  requiredDocuments: 'requiredDocuments.application',
  reminders: 'reminders.daysBefore',
};

/**
 * The form's control a problem goes under, by the path the API names (`rate` → the rate's
 * numerator, `eligibleExpenseCategories[2]` → the text area of categories,
 * `reportDeadline.rules[1]` → that rule's kind); null when the form does not show the field
 * (the code, the source): the summary then lists the problem without a link.
 */
export function controlOf(field: string | null): string | null {
  if (field === null) return null;
  if (OWN_CONTROLS.has(field)) return field;
  if (Object.hasOwn(WHOLES, field)) return WHOLES[field] as string;
  const list = LISTS.exec(field);
  if (list) return list[1] as string;
  const fraction = FRACTIONS.exec(field);
  if (fraction) return `${fraction[1] as string}${fraction[2] ?? '.numerator'}`;
  const deadline = DEADLINE.exec(field);
  if (deadline) return `${deadline[1] as string}${deadline[2] ?? ''}.${deadline[3] ?? 'kind'}`;
  const step = STEP.exec(field);
  if (step) return `approvalRoute[${step[1] as string}].${step[2] ?? 'approverTitle'}`;
  return null;
}

/** The id of a control's element, from its path (`approvalRoute[1].upTo` → `rule-approvalRoute-1--upTo`): what the summary links to. */
export const controlId = (control: string): string => `rule-${control.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The id of the element a problem's summary line links to, or null when the form does not show its field. */
export function controlIdOf(field: string | null): string | null {
  const control = controlOf(field);
  return control === null ? null : controlId(control);
}

/** The messages under each control: several problems of one control read one after the other. */
export function problemsByControl(problems: readonly FieldProblem[]): ReadonlyMap<string, string> {
  const byControl = new Map<string, string>();
  for (const { field, message } of problems) {
    const control = controlOf(field);
    if (control !== null) byControl.set(control, `${byControl.get(control) ?? ''}${message}`);
  }
  return byControl;
}
