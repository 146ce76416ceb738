import { type Problem, problem } from '#libs/errors';
import { advancePaymentLimit, type Yen } from '#libs/programs';
import { addDays, formatEraDate } from '#libs/calendar';
import { type CaseContext, totalOf } from '../case-context.js';
import type { CaseEventOf, ExpenseLine } from '../case-event.js';
import { fieldName } from '../event-field-labels.js';
import { expenseLineProblems, yenEn, yenJa, yenProblems } from './amount-checks.js';
import { missingDocumentProblems, textProblems } from './application.rules.js';
import { grantableMaximum } from './grantable-maximum.js';
import { paymentOwed } from './payment-owed.js';

/** 「金額（amount）60,000円は、…」: an amount named with its field, in the sentence that says what is wrong with it. */
const amountIs = (amount: Yen, field = 'amount') => `${fieldName(field)}${yenJa(amount)}は、`;

export function advanceRequestProblems(context: CaseContext, event: CaseEventOf<'REQUEST_ADVANCE'>): Problem[] {
  const blockers = advanceRequestBlockers(context);
  if (blockers.length > 0) return blockers;
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (problems.length > 0) return problems;
  const limit = advancePaymentLimit(context.program, context.decidedAmount ?? 0);
  const left = Math.max(limit - context.advanceRequested, 0);
  if (event.amount > limit - context.advanceRequested) {
    problems.push(
      problem(
        'amount',
        `${amountIs(event.amount)}まだ請求できる前金の額${yenJa(left)}（上限${yenJa(limit)}）を超えています。`,
        `amount ${yenEn(event.amount)} is above the advance still available, ${yenEn(left)} of ${yenEn(limit)}`,
      ),
    );
  }
  return problems;
}

/** What stops a request for an advance whatever its amount: the program allows none, or none is left. */
export function advanceRequestBlockers(context: CaseContext): Problem[] {
  if (!context.program.advancePayment.allowed) {
    return [problem(null, 'この制度では前金払・概算払を請求できません。', 'this program does not allow advance payment (前金払・概算払)')];
  }
  const limit = advancePaymentLimit(context.program, context.decidedAmount ?? 0);
  return context.advanceRequested >= limit
    ? [problem(null, `前金として請求できる額（上限${yenJa(limit)}）はすべて請求済みです。`, `the whole advance available (${yenEn(limit)}) has been requested`)]
    : [];
}

/** Before 額の確定 only advances are paid, up to what was requested. */
export function advancePaymentProblems(context: CaseContext, event: CaseEventOf<'RECORD_PAYMENT'>): Problem[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (event.kind === 'finalPayment') {
    problems.push(
      problem(
        'kind',
        '精算払は額の確定の後に支払います。今の支払は前金払か概算払です。',
        'a finalPayment (精算払) comes after 額の確定: before it a payment is a prepayment (前金払) or an estimatedPayment (概算払)',
      ),
    );
  }
  if (problems.length > 0) return problems;
  const unpaid = paymentOwed(context);
  if (event.amount > unpaid) {
    problems.push(
      problem(
        'amount',
        `${amountIs(event.amount)}請求されてまだ支払っていない前金${yenJa(unpaid)}を超えています。`,
        `amount ${yenEn(event.amount)} is above the advance requested and unpaid, ${yenEn(unpaid)}`,
      ),
    );
  }
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

export function changeProblems(context: CaseContext, event: CaseEventOf<'REQUEST_CHANGE' | 'NOTIFY_MINOR_CHANGE'>): Problem[] {
  const problems = [
    ...(event.type === 'REQUEST_CHANGE'
      ? missingDocumentProblems(context.program.requiredDocuments.change, event.documents, {
          ja: '変更承認申請',
          en: 'the change request (変更承認申請)',
        })
      : []),
    ...yenProblems('requestedAmount', event.requestedAmount, { positive: true }),
    ...expenseLineProblems('plannedExpenses', event.plannedExpenses),
    ...textProblems('description', event.description),
  ];
  if (problems.length > 0) return problems;
  const minor = isMinorChange(context, event);
  if (event.type === 'NOTIFY_MINOR_CHANGE' && !minor) {
    problems.push(
      problem(
        null,
        'この変更は軽微な変更にあたらないため、届出ではなく変更承認申請をしてください。',
        'this change is not minor (軽微な変更): send REQUEST_CHANGE for approval',
      ),
    );
  }
  if (event.type === 'REQUEST_CHANGE') {
    if (minor) {
      problems.push(
        problem(
          null,
          'この変更は軽微な変更のため、承認は要りません。軽微な変更の届出をしてください。',
          'this change is minor (軽微な変更) and needs no approval: send NOTIFY_MINOR_CHANGE',
        ),
      );
    }
    const maximum = grantableMaximum(context, event.plannedExpenses);
    if (event.requestedAmount > maximum) {
      problems.push(
        problem(
          'requestedAmount',
          `${amountIs(event.requestedAmount, 'requestedAmount')}この経費に対してこの制度が交付できる上限${yenJa(maximum)}を超えています。`,
          `requestedAmount ${yenEn(event.requestedAmount)} is above what the program allows for these expenses, ${yenEn(maximum)}`,
        ),
      );
    }
  }
  return problems;
}

export function changeApprovalProblems(context: CaseContext, event: CaseEventOf<'APPROVE_CHANGE'>): Problem[] {
  const problems = yenProblems('amount', event.amount, { positive: true });
  if (problems.length > 0 || !context.pendingChange) return problems;
  const { requestedAmount, plannedExpenses } = context.pendingChange;
  if (event.amount > requestedAmount) {
    problems.push(
      problem(
        'amount',
        `${amountIs(event.amount)}変更申請で求められた額${yenJa(requestedAmount)}を超えています。`,
        `amount ${yenEn(event.amount)} is above the amount the change asks for, ${yenEn(requestedAmount)}`,
      ),
    );
  }
  const maximum = grantableMaximum(context, plannedExpenses);
  if (event.amount > maximum) problems.push(aboveProgramMaximum(event.amount, maximum));
  return problems;
}

/** The amount is more than the program's rate and caps allow for the expenses. */
export function aboveProgramMaximum(amount: Yen, maximum: Yen): Problem {
  return problem(
    'amount',
    `${amountIs(amount)}この制度の補助率と上限から計算した額${yenJa(maximum)}を超えています。`,
    `amount ${yenEn(amount)} is above what the program allows, ${yenEn(maximum)}`,
  );
}

/** 取下げ after a decision: only within the program's period from the decision (the national law: 10 days). */
export function withdrawalProblems(context: CaseContext, event: CaseEventOf<'WITHDRAW'>): Problem[] {
  return [...textProblems('reason', event.reason), ...withdrawalBlockers(context, event.on)];
}

/** What stops a 取下げ whatever its reason: money paid, or the period after the decision over. */
export function withdrawalBlockers(context: CaseContext, on: string): Problem[] {
  const problems: Problem[] = [];
  if (totalOf(context.payments) > 0) {
    problems.push(
      problem(
        null,
        'この補助金はすでに支払われているため、取下げはできません。中止・廃止承認申請をしてください。',
        'money has been paid on this grant: it ends by 中止・廃止 (REQUEST_DISCONTINUE) or a revocation, not a withdrawal',
      ),
    );
  }
  if (context.decidedOn !== null) {
    const lastDay = addDays(context.decidedOn, context.program.withdrawalPeriodDays);
    if (on > lastDay) {
      problems.push(
        problem(
          null,
          `交付決定後の取下げができるのは${formatEraDate(lastDay)}までです。`,
          `withdrawal after the decision was possible until ${lastDay}`,
        ),
      );
    }
  }
  return problems;
}

/** 事業完了日: not in the future, and not before the decision the project was carried out under. */
export function completionProblems(context: CaseContext, event: CaseEventOf<'COMPLETE_PROJECT'>): Problem[] {
  if (event.completedOn > event.on) {
    return [
      problem(
        'completedOn',
        `${fieldName('completedOn')}に今日（${formatEraDate(event.on)}）より後の日付は入力できません。`,
        `completedOn ${event.completedOn} is after today (${event.on})`,
      ),
    ];
  }
  if (context.decidedOn !== null && event.completedOn < context.decidedOn) {
    return [
      problem(
        'completedOn',
        `${fieldName('completedOn')}は交付決定日（${formatEraDate(context.decidedOn)}）より前にはできません。`,
        `completedOn ${event.completedOn} is before the grant decision (${context.decidedOn})`,
      ),
    ];
  }
  return [];
}

function byCategory(lines: readonly ExpenseLine[]): Map<string, Yen> {
  const totals = new Map<string, Yen>();
  for (const { category, amount } of lines) totals.set(category, (totals.get(category) ?? 0) + amount);
  return totals;
}
