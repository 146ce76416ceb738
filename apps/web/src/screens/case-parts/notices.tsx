import type { components } from '../../../../../libs/api-client/src/index.js';
import { linkStyle } from '../../components/button.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Notice = components['schemas']['NoticeSummaryDto'];

/**
 * The official notices of the case, newest first: each read and printed from its A4 page
 * (HTML, opened in a new tab) or kept as the PDF the city issued. The links are the API's own
 * addresses: the browser sends the session cookie with them.
 */
export function Notices({ caseId, notices }: { caseId: string; notices: Notice[] }) {
  return (
    <Section title={texts.casePage.noticesTitle} className="flex flex-col gap-2">
      {notices.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noNotices}</p>
      ) : (
        <>
          <p className="text-dns-16N-130 text-solid-gray-700">{texts.casePage.noticesLead}</p>
          <ul className="flex flex-col gap-3">
            {[...notices].reverse().map((notice) => (
              <li key={notice.id} className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
                <p className="font-bold">{notice.title}</p>
                <p>
                  {notice.noticeNumber} ・ {notice.issuedOnEra}
                </p>
                {notice.hasDocument && (
                  <p className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
                    <a href={`/cases/${caseId}/notices/${notice.id}?format=html`} target="_blank" rel="noopener" className={linkStyle}>
                      {texts.casePage.readNotice(notice.title)}
                    </a>
                    <a href={`/cases/${caseId}/notices/${notice.id}`} download className={linkStyle}>
                      {texts.casePage.downloadNotice(notice.title)}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
