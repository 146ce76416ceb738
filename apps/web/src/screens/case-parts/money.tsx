import type { components } from '../../../../../libs/api-client/src/index.js';
import { Section } from '../../components/section.js';
import { eraDateWithWeekday, yen } from '../../format.js';
import { texts } from '../../texts.js';

type CaseView = components['schemas']['CaseViewDto'];
type Payments = components['schemas']['CasePaymentsResponseDto'];

/** The amounts of the case, each payment and refund with its date, the advance still available, and a refund owed today. */
export function Money({ view, ledger }: { view: CaseView; ledger: Payments }) {
  const { amounts, advance, refund } = view;
  const rows: [string, number | null][] = [
    [texts.casePage.requested, amounts.requested],
    [texts.casePage.decided, amounts.decided],
    [texts.casePage.confirmed, amounts.confirmed],
    [texts.casePage.paid, amounts.paid || null],
    [texts.casePage.refunded, amounts.refunded || null],
  ];
  const shown = rows.filter(([, amount]) => amount !== null);
  const movements = [...ledger.payments, ...ledger.refunds].sort((a, b) => a.on.localeCompare(b.on));
  const toBePaid = amounts.confirmed !== null && amounts.confirmed > amounts.paid - amounts.refunded ? amounts.confirmed - (amounts.paid - amounts.refunded) : 0;
  if (shown.length === 0) return null;
  return (
    <Section title={texts.casePage.amountsTitle} className="flex flex-col gap-3">
      {refund && (
        <div className="rounded-8 border-2 border-red-800 bg-red-50 p-4 text-std-16N-170">
          <h3 className="text-std-18B-160">{texts.casePage.refundTitle}</h3>
          <p className="mt-1 text-std-17B-170">{texts.casePage.refundTotal(yen(refund.total), eraDateWithWeekday(refund.asOf))}</p>
          <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[16rem_1fr]">
            <dt>{texts.casePage.refundPrincipal}</dt>
            <dd>{yen(refund.principalLeft)}</dd>
            <dt>{texts.casePage.refundAddition}</dt>
            <dd>{yen(refund.addition)}</dd>
            <dt>{texts.casePage.refundDelinquency}</dt>
            <dd>{yen(refund.delinquency)}</dd>
            <dt className="font-bold">{texts.casePage.refundDue}</dt>
            <dd className="font-bold">{eraDateWithWeekday(refund.dueOn)}</dd>
          </dl>
          <p className="mt-2 whitespace-pre-line text-dns-16N-130">{refund.computation.ja}</p>
        </div>
      )}
      {toBePaid > 0 && <p className="rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-17B-170">{texts.casePage.toBePaid(yen(toBePaid))}</p>}
      <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[16rem_1fr]">
        {shown.map(([label, amount]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{yen(amount as number)}</dd>
          </div>
        ))}
        {advance && (
          <>
            <dt className="font-bold">{texts.casePage.advanceLeft}</dt>
            <dd>{texts.casePage.advanceFigures(yen(advance.left), yen(advance.limit))}</dd>
          </>
        )}
      </dl>
      {movements.length > 0 && (
        <table className="w-full max-w-xl border-collapse text-std-16N-170">
          <caption className="text-left text-std-16B-170">{texts.casePage.movementsTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-solid-gray-420 py-2 text-left">
                {texts.casePage.movementOn}
              </th>
              <th scope="col" className="border-b border-solid-gray-420 py-2 text-left">
                {texts.casePage.movementKind}
              </th>
              <th scope="col" className="border-b border-solid-gray-420 py-2 text-right">
                {texts.application.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {movements.map((movement) => (
              <tr key={movement.auditSequence}>
                <td className="border-b border-solid-gray-200 py-2">{movement.onJa}</td>
                <td className="border-b border-solid-gray-200 py-2">{movement.kindJa}</td>
                <td className="border-b border-solid-gray-200 py-2 text-right">{yen(movement.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
