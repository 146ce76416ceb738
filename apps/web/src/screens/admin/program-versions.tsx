import { useState } from 'react';
import { useParams } from 'react-router';
import type { components } from '../../../../../libs/api-client/src/index.js';
import type { Program } from '../../../../../libs/programs/src/program.js';
import { api, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { tokyoDateTime } from '../../format.js';
import { texts } from '../../texts.js';
import { NextVersion } from './next-version-form.js';

type ProgramDetail = components['schemas']['ProgramDetailResponseDto'];

/**
 * One program's versions (how many cases each was filed under: they keep it) and the form
 * that makes the next one from the latest: every rule as a field, each refusal under its field.
 */
export function ProgramVersions() {
  const { code = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const loaded = useLoad(() => unwrap(api.GET('/admin/programs/{code}', { params: { path: { code } } })), [code, reloads]);
  const { said, tell, statusRef } = useStatusMessage();
  const words = texts.admin.programs;
  if (loaded.status === 'loading' && reloads === 0) return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  if (loaded.status !== 'done') return <p role="status">{texts.loading}</p>;
  const detail = loaded.data;
  const latest = detail.versions.find((version) => version.version === detail.latestVersion)?.definition as unknown as Program;
  return (
    <>
      <PageTitle title={latest.nameJa}>{latest.nameJa}</PageTitle>
      <StatusMessage said={said} statusRef={statusRef} />
      <Versions detail={detail} />
      <NextVersion
        key={detail.latestVersion}
        code={code}
        latest={latest}
        latestVersion={detail.latestVersion}
        onAdded={(version) => {
          setReloads((count) => count + 1);
          tell(words.added(version));
        }}
      />
    </>
  );
}

function Versions({ detail }: { detail: ProgramDetail }) {
  const words = texts.admin.programs;
  return (
    <Section title={words.versionsTitle}>
      <ul className="flex flex-col gap-1 text-std-16N-170">
        {[...detail.versions].reverse().map((version) => (
          <li key={version.version}>{words.version(version.version, tokyoDateTime(version.createdAt), version.caseCount)}</li>
        ))}
      </ul>
    </Section>
  );
}
