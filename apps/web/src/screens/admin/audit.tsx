import { useState } from 'react';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Verification = components['schemas']['AuditVerificationResponseDto'];
type Entry = components['schemas']['AdministrationEntryResponseDto'];

/** The audit verification on demand (both hash chains), and the administration trail, newest first, a page at a time. */
export function Audit() {
  const words = texts.admin.audit;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <Verify />
      <Trail />
    </>
  );
}

function Verify() {
  const words = texts.admin.audit;
  const [state, setState] = useState<{ busy: boolean; result: Verification | null; error: unknown }>({ busy: false, result: null, error: null });
  async function verify() {
    setState({ busy: true, result: null, error: null });
    try {
      setState({ busy: false, result: await unwrap(api.GET('/admin/audit/verify')), error: null });
    } catch (refused) {
      setState({ busy: false, result: null, error: refused });
    }
  }
  const { result } = state;
  const broken = result?.firstBroken ?? result?.administration.firstBroken ?? null;
  return (
    <Section title={words.verifyTitle}>
      <p className="text-std-16N-170">{words.verifyLead}</p>
      <p>
        <button type="button" className={primaryButton} disabled={state.busy} onClick={() => void verify()}>
          {state.busy ? words.verifying : words.verify}
        </button>
      </p>
      <Refusal error={state.error} />
      <p role="status" className={result ? `rounded-8 border-2 p-4 text-std-16B-170 ${broken ? 'border-red-800 bg-red-50' : 'border-green-900 bg-green-50'}` : 'sr-only'}>
        {result &&
          (broken
            ? words.broken(`#${broken.sequence}`, broken.reason)
            : words.intact(result.casesChecked, result.entriesChecked, result.administration.entriesChecked))}
      </p>
    </Section>
  );
}

function Trail() {
  const words = texts.admin.audit;
  const [before, setBefore] = useState<number | null>(null);
  const [shown, setShown] = useState<Entry[]>([]);
  const page = useLoad(async () => {
    const answer = await unwrap(api.GET('/admin/audit/administration', { params: { query: before === null ? { limit: 20 } : { limit: 20, before } } }));
    // Pages are added, never doubled: a load run twice (React's strict mode) adds nothing the second time.
    setShown((current) => [...current, ...answer.items.filter((item) => !current.some((entry) => entry.sequence === item.sequence))]);
    return answer;
  }, [before]);
  return (
    <Section title={words.trailTitle}>
      {page.status === 'failed' && <Refusal error={page.error} />}
      <ol className="flex flex-col gap-1 text-std-16N-170">
        {shown.map((entry) => (
          <li key={entry.sequence}>{words.trailEntry(entry.sequence, entry.occurredOnJa, words.actions[entry.action], entry.subjectId)}</li>
        ))}
      </ol>
      {page.status === 'loading' && <p role="status">{texts.loading}</p>}
      {page.status === 'done' && page.data.nextBefore !== null && (
        <p>
          <button type="button" className={secondaryButton} onClick={() => setBefore(page.data.nextBefore)}>
            {words.more}
          </button>
        </p>
      )}
    </Section>
  );
}
