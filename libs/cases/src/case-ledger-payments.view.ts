import { formatEraDate, type IsoDate } from '#libs/calendar';
import { PAYMENT_KIND_LABELS } from '#libs/lifecycle';
import type { Yen } from '#libs/programs';
import type { GrantCaseEntity, MoneyMovementEntity } from '#libs/persistence';

/** One payment (前金払, 概算払, 精算払) or refund (返還) as finance recorded it. */
export interface MoneyMovementView {
  kind: MoneyMovementEntity['paymentKind'];
  /** 前金払, 概算払, 精算払 or 返還. */
  kindJa: string;
  amount: Yen;
  /** The Tokyo date the money moved, and as a document prints it. */
  on: IsoDate;
  onJa: string;
  recordedBy: string;
  recordedAt: string;
  auditSequence: number;
}

export interface CasePaymentsView {
  caseId: string;
  payments: MoneyMovementView[];
  refunds: MoneyMovementView[];
  totals: {
    paid: Yen;
    refunded: Yen;
    /** paid − refunded: what the organization keeps; once settled, the confirmed amount (plus any 加算金 repaid on a revocation, below it). */
    balance: Yen;
  };
  /** The amounts of the decision (交付決定, as changed) and of 額の確定, for comparison. */
  amounts: { requested: Yen | null; decided: Yen | null; confirmed: Yen | null };
}

export function toCasePaymentsView(row: GrantCaseEntity, movements: readonly MoneyMovementEntity[]): CasePaymentsView {
  const ofKind = (kind: MoneyMovementEntity['kind']) =>
    movements
      .filter((movement) => movement.kind === kind)
      .map((movement) => ({
        kind: movement.paymentKind,
        kindJa: movement.paymentKind === 'refund' ? '返還' : PAYMENT_KIND_LABELS[movement.paymentKind].ja,
        amount: movement.amount,
        on: movement.movedOn,
        onJa: formatEraDate(movement.movedOn),
        recordedBy: movement.recordedBy,
        recordedAt: movement.recordedAt.toISOString(),
        auditSequence: movement.auditSequence,
      }));
  const payments = ofKind('payment');
  const refunds = ofKind('refund');
  const paid = sum(payments);
  const refunded = sum(refunds);
  return {
    caseId: row.id,
    payments,
    refunds,
    totals: { paid, refunded, balance: paid - refunded },
    amounts: { requested: row.requestedAmount, decided: row.decidedAmount, confirmed: row.confirmedAmount },
  };
}

const sum = (items: ReadonlyArray<{ amount: Yen }>): Yen => items.reduce((total, item) => total + item.amount, 0);
