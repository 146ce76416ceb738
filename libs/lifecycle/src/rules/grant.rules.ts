import { advancePaymentLimit, type Yen } from '#libs/programs';
import { addDays } from '#libs/calendar';
import { type CaseContext, totalOf } from '../case-context.js';
import type { CaseEventOf, ExpenseLine } from '../case-event.js';
import { expenseLineProblems, formatYen, yenProblems } from './amount-checks.js';
import { grantableMaximum } from './grantable-maximum.js';

export function advanceRequestProblems(context: CaseContext, event: CaseEventOf<'REQUEST_ADVANCE'>): string[] {
  if (!context.program.advancePayment.allowed) return ['this program does not allow advance payment (前金払・概算払)'];
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (problems.length > 0) return problems;
  const limit = advancePaymentLimit(context.program, context.decidedAmount ?? 0);
  const left = limit - context.advanceRequested;
  if (event.amount > left) {
    problems.push(`amount ${formatYen(event.amount)} is above the advance still available, ${formatYen(Math.max(left, 0))} of ${formatYen(limit)}`);
  }
  return problems;
}

/** Before 額の確定 only advances are paid, up to what was requested. */
export function advancePaymentProblems(context: CaseContext, event: CaseEventOf<'RECORD_PAYMENT'>): string[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (problems.length > 0) return problems;
  // A change may have lowered the decision since the request: the advance limit of the decision as it stands binds.
  const payable = Math.min(context.advanceRequested, advancePaymentLimit(context.program, context.decidedAmount ?? 0));
  const unpaid = payable - totalOf(context.payments);
  if (event.amount > unpaid) problems.push(`amount ${formatYen(event.amount)} is above the advance requested and unpaid, ${formatYen(Math.max(unpaid, 0))}`);
  return problems;
}

/**
 * 軽微な変更: every cost category moves by less than the program's threshold (e.g. 20%)
 * and no category appears or disappears, and the amount asked stays the same.
 */
export function isMinorChange(context: CaseContext, event: CaseEventOf<'REQUEST_CHANGE' | 'NOTIFY_MINOR_CHANGE'>): boolean {
  const { numerator, denominator } = context.program.minorChangeThreshold;
  const before = byCategory(context.plannedExpenses);
  const after = byCategory(event.plannedExpenses);
  if (event.requestedAmount !== context.requestedAmount) return false;
  const categories = new Set([...before.keys(), ...after.keys()]);
  return [...categories].every((category) => {
    const old = before.get(category) ?? 0;
    const changed = Math.abs((after.get(category) ?? 0) - old);
    return old > 0 && changed * denominator < old * numerator;
  });
}

export function changeProblems(context: CaseContext, event: CaseEventOf<'REQUEST_CHANGE' | 'NOTIFY_MINOR_CHANGE'>): string[] {
  const missing =
    event.type === 'REQUEST_CHANGE' ? context.program.requiredDocuments.change.filter((kind) => !event.documents.includes(kind)) : [];
  const problems = [
    ...(missing.length > 0 ? [`documents missing for the change request (変更承認申請): ${missing.join(', ')}`] : []),
    ...yenProblems('requestedAmount', event.requestedAmount, { positive: true }),
    ...expenseLineProblems('plannedExpenses', event.plannedExpenses),
  ];
  if (!event.description.trim()) problems.push('description must not be empty');
  if (problems.length > 0) return problems;
  const minor = isMinorChange(context, event);
  if (event.type === 'NOTIFY_MINOR_CHANGE' && !minor) {
    problems.push('this change is not minor (軽微な変更): send REQUEST_CHANGE for approval');
  }
  if (event.type === 'REQUEST_CHANGE') {
    if (minor) problems.push('this change is minor (軽微な変更) and needs no approval: send NOTIFY_MINOR_CHANGE');
    const maximum = grantableMaximum(context, event.plannedExpenses);
    if (event.requestedAmount > maximum) {
      problems.push(`requestedAmount ${formatYen(event.requestedAmount)} is above what the program allows for these expenses, ${formatYen(maximum)}`);
    }
  }
  return problems;
}

export function changeApprovalProblems(context: CaseContext, event: CaseEventOf<'APPROVE_CHANGE'>): string[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (problems.length > 0 || !context.pendingChange) return problems;
  const { requestedAmount, plannedExpenses } = context.pendingChange;
  if (event.amount > requestedAmount) problems.push(`amount ${formatYen(event.amount)} is above the amount the change asks for, ${formatYen(requestedAmount)}`);
  const maximum = grantableMaximum(context, plannedExpenses);
  if (event.amount > maximum) problems.push(`amount ${formatYen(event.amount)} is above what the program allows, ${formatYen(maximum)}`);
  return problems;
}

/** 取下げ after a decision: only within the program's period from the decision (the national law: 10 days). */
export function withdrawalProblems(context: CaseContext, event: CaseEventOf<'WITHDRAW'>): string[] {
  const problems = event.reason.trim() ? [] : ['reason must not be empty'];
  if (totalOf(context.payments) > 0) {
    problems.push('money has been paid on this grant: it ends by 中止・廃止 (REQUEST_DISCONTINUE) or a revocation, not a withdrawal');
  }
  if (context.decidedOn !== null) {
    const lastDay = addDays(context.decidedOn, context.program.withdrawalPeriodDays);
    if (event.on > lastDay) problems.push(`withdrawal after the decision was possible until ${lastDay}`);
  }
  return problems;
}

export function completionProblems(event: CaseEventOf<'COMPLETE_PROJECT'>): string[] {
  return event.completedOn > event.on ? [`completedOn ${event.completedOn} is after today (${event.on})`] : [];
}

function byCategory(lines: readonly ExpenseLine[]): Map<string, Yen> {
  const totals = new Map<string, Yen>();
  for (const { category, amount } of lines) totals.set(category, (totals.get(category) ?? 0) + amount);
  return totals;
}
