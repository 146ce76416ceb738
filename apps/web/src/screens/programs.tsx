import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../api/client.js';
import { useLoad } from '../api/use-load.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { texts } from '../texts.js';
import { OpenCase } from './open-case.js';

type Program = components['schemas']['CatalogueProgramDto'];
type Organization = components['schemas']['OrganizationSummaryDto'];

/** The programs open to the applicant's organizations: what they fund, rate, caps, window, papers. */
export function Programs() {
  const loaded = useLoad(() => Promise.all([unwrap(api.GET('/programs')), unwrap(api.GET('/me'))]), []);
  return (
    <>
      <PageTitle title={texts.programs.title}>{texts.programs.title}</PageTitle>
      <p className="text-std-16N-170">{texts.programs.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' &&
        (loaded.data[0].length === 0 ? (
          <p className="text-std-16N-170">{texts.programs.none}</p>
        ) : (
          <ul className="flex flex-col gap-6">
            {loaded.data[0].map((program) => (
              <ProgramCard key={program.code} program={program} organizations={loaded.data[1].organizations} />
            ))}
          </ul>
        ))}
    </>
  );
}

function ProgramCard({ program, organizations }: { program: Program; organizations: Organization[] }) {
  const titleId = `program-${program.code}`;
  return (
    <li>
      <article aria-labelledby={titleId} className="rounded-12 border border-solid-gray-420 p-4">
        <p className="text-dns-14N-130 text-solid-gray-700">
          {program.municipalityJa} ・ {program.projectFiscalYearJa}
        </p>
        <h2 id={titleId} className="mt-1 text-std-22B-150">
          {program.nameJa}
        </h2>
        <p className="mt-1 inline-block rounded-4 border border-green-900 px-2 text-dns-14B-130 text-green-900">{program.window.statusLabel.ja}</p>
        {program.priorConsultationRequired && <p className="mt-2 text-std-16B-170">{texts.programs.priorConsultation}</p>}
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-std-16N-170 md:grid-cols-[10rem_1fr]">
          <dt className="font-bold">{texts.programs.summary}</dt>
          <dd>{program.summaryJa}</dd>
          <dt className="font-bold">{texts.programs.forOrganizations}</dt>
          <dd>{program.applicableOrganizations.map((organization) => organization.name).join('、')}</dd>
          <dt className="font-bold">{texts.programs.rate}</dt>
          <dd>{program.rate.ja}</dd>
          <dt className="font-bold">{texts.programs.caps}</dt>
          <dd>{program.caps.ja}</dd>
          <dt className="font-bold">{texts.programs.window}</dt>
          <dd>{program.window.ja}</dd>
          <dt className="font-bold">{texts.programs.expenses}</dt>
          <dd>{program.eligibleExpenseCategories.join('、')}</dd>
          <dt className="font-bold">{texts.programs.advance}</dt>
          <dd>{program.advancePayment.ja}</dd>
          <dt className="font-bold">{texts.programs.documents}</dt>
          <dd>
            <ul className="list-disc pl-6">
              {program.requiredDocuments.application.map((document) => (
                <li key={document.kind}>{document.ja}</li>
              ))}
            </ul>
          </dd>
        </dl>
        <OpenCase program={program} organizations={organizations} />
      </article>
    </li>
  );
}
