import type { Yen } from '#libs/programs';

/** An amount as an official document writes it: 123456 → 金123,456円. */
export function formatAmount(yen: Yen): string {
  if (!Number.isSafeInteger(yen) || yen < 0) throw new RangeError(`an amount must be whole yen, not negative: ${yen}`);
  return `金${String(yen).replace(/\B(?=(\d{3})+$)/g, ',')}円`;
}
