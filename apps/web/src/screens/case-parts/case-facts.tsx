import type { components } from '../../../../../libs/api-client/src/index.js';
import { texts } from '../../texts.js';

type CaseView = components['schemas']['CaseViewDto'];

/** Whose case it is, its number (or that it has none before 受理), its fiscal year. */
export function CaseFacts({ view }: { view: CaseView }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[8rem_1fr] print:grid-cols-[8rem_1fr]">
      <dt className="font-bold">{texts.casePage.organization}</dt>
      <dd>{view.organization.name}</dd>
      <dt className="font-bold">{texts.casePage.caseNumber}</dt>
      <dd>{view.caseNumber ?? texts.casePage.noCaseNumber}</dd>
      <dt className="font-bold">{texts.casePage.fiscalYear}</dt>
      <dd>{view.fiscalYearLabel}</dd>
    </dl>
  );
}
