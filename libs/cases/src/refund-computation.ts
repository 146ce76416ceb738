import { formatEraDate, type IsoDate } from '#libs/calendar';
import type { LocalizedText } from '#libs/errors';
import type { CaseContext, RefundOwed } from '#libs/lifecycle';
import { formatRatePerYear } from '#libs/notices';

const yen = (amount: number) => `金${amount.toLocaleString('ja-JP')}円`;
const yenEn = (amount: number) => `${amount.toLocaleString('en-US')} yen`;

/** How what is owed on a refund was reached, as finance explains it to the organization. */
export function refundComputation(context: CaseContext, owed: RefundOwed, asOf: IsoDate): LocalizedText {
  const claim = context.refundClaim;
  if (!claim) return { ja: '', en: '' };
  const { additionPerYear, delinquencyPerYear } = context.program.refundInterest;
  const addition = claim.withAddition
    ? `加算金${yen(owed.addition)}（支払を受けた日から、未返還の額に${formatRatePerYear(additionPerYear)}、日割り）、`
    : '';
  const delinquency = `延滞金${yen(owed.delinquency)}（納期限${formatEraDate(claim.dueOn)}の翌日から、未返還の額に${formatRatePerYear(delinquencyPerYear)}、日割り）`;
  const charged = owed.chargesPaid > 0 ? `、納付済みの加算金・延滞金${yen(owed.chargesPaid)}を差し引き` : '';
  return {
    ja: `返還額${yen(owed.principal)}のうち未返還${yen(owed.principalLeft)}、${addition}${delinquency}${charged}、${formatEraDate(asOf)}現在の合計${yen(owed.total)}。`,
    en:
      `${yenEn(owed.principalLeft)} of the ${yenEn(owed.principal)} claimed still unpaid` +
      (claim.withAddition ? `, ${yenEn(owed.addition)} addition (加算金) from the day each payment was received` : '') +
      `, ${yenEn(owed.delinquency)} delinquency (延滞金) after ${claim.dueOn}` +
      (owed.chargesPaid > 0 ? `, less ${yenEn(owed.chargesPaid)} of charges paid` : '') +
      `: ${yenEn(owed.total)} in all as of ${asOf}`,
  };
}
