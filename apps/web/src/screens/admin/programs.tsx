import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { linkStyle } from '../../components/button.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { tokyoDateTime } from '../../format.js';
import { texts } from '../../texts.js';

/** The municipality's programs, the latest version of each, one link to its versions and rules. */
export function AdminPrograms() {
  const loaded = useLoad(() => unwrap(api.GET('/admin/programs')), []);
  const words = texts.admin.programs;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && (
        <ul className="flex flex-col gap-3">
          {loaded.data.map((program) => (
            <li key={program.code} className="rounded-8 border border-solid-gray-420 p-4 text-std-16N-170">
              <Link to={`/admin/programs/${encodeURIComponent(program.code)}`} className={`${linkStyle} text-std-18B-160`}>
                {program.nameJa}
              </Link>
              <p className="mt-1">{words.summary(program.code, program.latestVersion, tokyoDateTime(program.updatedAt))}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
