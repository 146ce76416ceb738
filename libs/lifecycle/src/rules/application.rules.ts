import { ProgramsException } from '#libs/programs';
import type { CaseContext } from '../case-context.js';
import type { CaseEventOf } from '../case-event.js';
import { expenseLineProblems, formatYen, yenProblems } from './amount-checks.js';
import { grantableMaximum } from './grantable-maximum.js';

type Filing = CaseEventOf<'SUBMIT' | 'RESUBMIT'>;

/** 申請 / 再提出: documents present, 事前協議 done where required, amounts within every cap. */
export function filingProblems(context: CaseContext, event: Filing): string[] {
  const { program } = context;
  const amountProblems = [
    ...yenProblems('requestedAmount', event.requestedAmount, { positive: true }),
    ...expenseLineProblems('plannedExpenses', event.plannedExpenses),
  ];
  if (amountProblems.length > 0) return amountProblems;

  const problems: string[] = [];
  if (event.type === 'SUBMIT' && program.applicationWindow) {
    const { opens, closes } = program.applicationWindow;
    if (event.on < opens || event.on > closes) {
      problems.push(`the application window (募集期間) runs from ${opens} to ${closes}; today is ${event.on}`);
    }
  }
  if (program.priorConsultationRequired && !context.consultationConcluded) {
    problems.push('this program requires a concluded prior consultation (事前協議) before the application');
  }
  const missing = program.requiredDocuments.application.filter((kind) => !event.documents.includes(kind));
  if (missing.length > 0) problems.push(`documents missing for the application: ${missing.join(', ')}`);
  if (event.remainingTotalCap !== null) problems.push(...yenProblems('remainingTotalCap', event.remainingTotalCap, { positive: false }));
  // The caps cannot be checked without these figures; refuse rather than guess.
  const missingFigures = [
    ...(program.caps.total && event.remainingTotalCap === null
      ? ['remainingTotalCap is required: this program caps the total over several fiscal years']
      : []),
    ...(program.allocationFormula && context.population === null
      ? ["the applicant area's population is required: this program's cap depends on it (均等割 + 地域割)"]
      : []),
  ];
  if (missingFigures.length > 0) return [...problems, ...missingFigures];

  let maximum: number;
  try {
    maximum = grantableMaximum({ ...context, remainingTotalCap: event.remainingTotalCap }, event.plannedExpenses);
  } catch (error) {
    // e.g. a population no bracket of the 地域割 covers: the program's data cannot price this case.
    if (error instanceof ProgramsException) return [...problems, error.message];
    throw error;
  }
  if (event.requestedAmount > maximum) {
    problems.push(
      `requestedAmount ${formatYen(event.requestedAmount)} is above the most this program can grant for these expenses: ${formatYen(maximum)}`,
    );
  }
  return problems;
}

/** A draft that could never be filed is refused at the start: 事前協議 first, and not after the window. */
export function startApplicationProblems(context: CaseContext, event: CaseEventOf<'START_APPLICATION'>): string[] {
  const { program } = context;
  const problems: string[] = [];
  if (program.priorConsultationRequired && !context.consultationConcluded) {
    problems.push('this program requires a prior consultation (事前協議): open a consultation first');
  }
  if (program.applicationWindow && event.on > program.applicationWindow.closes) {
    problems.push(`the application window (募集期間) closed on ${program.applicationWindow.closes}`);
  }
  return problems;
}

export function textProblems(field: string, text: string): string[] {
  return text.trim().length === 0 ? [`${field} must not be empty`] : [];
}

export function returnProblems(event: CaseEventOf<'RETURN_FOR_CORRECTION' | 'RETURN_REPORT'>): string[] {
  const problems = textProblems('reason', event.reason);
  if (event.dueOn !== null && event.dueOn <= event.on) problems.push(`dueOn must be after today (${event.on})`);
  return problems;
}
