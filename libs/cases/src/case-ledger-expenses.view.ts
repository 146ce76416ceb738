import { formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import type { Program, Yen } from '#libs/programs';
import type { ExpenseLineEntity } from '#libs/persistence';
import { EXPENSE_REVISION_EVENTS, type ExpensePhase } from './case-ledger-entry.js';
import type { ExpenseRevisionEntry } from './case-ledger.repository.js';

export interface ExpenseLineView {
  position: number;
  category: string;
  amount: Yen;
  /** 補助対象経費: the program covers the category; other lines count for nothing. */
  eligible: boolean;
}

export interface ExpenseCategoryTotal {
  category: string;
  amount: Yen;
  eligible: boolean;
}

/** One whole budget (収支予算書, planned) or settled accounts (収支決算書, actual), as one event left it. */
export interface ExpenseRevisionView {
  phase: ExpensePhase;
  revision: number;
  /** The event that wrote it (SUBMIT, RESUBMIT, NOTIFY_MINOR_CHANGE, APPROVE_CHANGE, SUBMIT_REPORT) and its audit entry. */
  eventType: string;
  auditSequence: number;
  recordedAt: string;
  /** Tokyo date, and as a document prints it (令和7年5月14日). */
  recordedOn: IsoDate;
  recordedOnJa: string;
  lines: ExpenseLineView[];
  totalsByCategory: ExpenseCategoryTotal[];
  total: Yen;
  eligibleTotal: Yen;
}

export interface CaseExpensesView {
  caseId: string;
  /** The plan in force: the last filing, or the last change approved or notified. */
  planned: ExpenseRevisionView | null;
  /** The latest performance report's lines (実績報告). */
  actual: ExpenseRevisionView | null;
  /** Every revision superseded by a later one of its phase, oldest first. */
  earlierRevisions: ExpenseRevisionView[];
}

const PHASE_OF_EVENT = new Map<string, ExpensePhase>(
  (Object.entries(EXPENSE_REVISION_EVENTS) as Array<[ExpensePhase, readonly string[]]>).flatMap(([phase, events]) =>
    events.map((event) => [event, phase] as const),
  ),
);

/**
 * The case's expense revisions, numbered per phase in the order of their events in the audit
 * trail (as the writer numbers them), each with its lines and totals by category.
 */
export function toCaseExpensesView(
  caseId: string,
  program: Pick<Program, 'eligibleExpenseCategories'>,
  entries: readonly ExpenseRevisionEntry[],
  lines: readonly ExpenseLineEntity[],
): CaseExpensesView {
  const eligible = new Set(program.eligibleExpenseCategories);
  const revisions: ExpenseRevisionView[] = [];
  const counts: Record<ExpensePhase, number> = { planned: 0, actual: 0 };
  for (const entry of entries) {
    const phase = PHASE_OF_EVENT.get(entry.eventType);
    if (!phase) continue;
    counts[phase] += 1;
    const revisionLines = lines
      .filter((line) => line.auditSequence === entry.sequence)
      .map((line) => ({ position: line.position, category: line.category, amount: line.amount, eligible: eligible.has(line.category) }));
    const recordedOn = tokyoDateOf(entry.occurredAt);
    revisions.push({
      phase,
      revision: counts[phase],
      eventType: entry.eventType,
      auditSequence: entry.sequence,
      recordedAt: entry.occurredAt.toISOString(),
      recordedOn,
      recordedOnJa: formatEraDate(recordedOn),
      lines: revisionLines,
      totalsByCategory: totalsByCategory(revisionLines),
      total: sum(revisionLines),
      eligibleTotal: sum(revisionLines.filter((line) => line.eligible)),
    });
  }
  const latest = (phase: ExpensePhase) => revisions.findLast((revision) => revision.phase === phase) ?? null;
  const planned = latest('planned');
  const actual = latest('actual');
  return { caseId, planned, actual, earlierRevisions: revisions.filter((revision) => revision !== planned && revision !== actual) };
}

function totalsByCategory(lines: readonly ExpenseLineView[]): ExpenseCategoryTotal[] {
  const totals = new Map<string, ExpenseCategoryTotal>();
  for (const line of lines) {
    const total = totals.get(line.category) ?? { category: line.category, amount: 0, eligible: line.eligible };
    total.amount += line.amount;
    totals.set(line.category, total);
  }
  return [...totals.values()];
}

const sum = (items: ReadonlyArray<{ amount: Yen }>): Yen => items.reduce((total, item) => total + item.amount, 0);
