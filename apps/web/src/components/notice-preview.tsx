import type { components } from '../../../../libs/api-client/src/index.js';
import { texts } from '../texts.js';
import { Section } from './section.js';

type NoticeDocument = components['schemas']['NoticeDocumentDto'];

/** The notices an act would issue, laid out as they will read (number, date, addressee, body, 記, なお書き, 教示): read before deciding. */
export function NoticePreview({ notices }: { notices: NoticeDocument[] }) {
  const words = texts.actions.preview;
  return (
    <Section title={words.title} className="flex flex-col gap-4">
      {notices.length === 0 && <p className="text-std-16N-170">{words.none}</p>}
      {notices.map((notice) => (
        <article key={`${notice.kind}:${notice.noticeNumber}`} aria-label={notice.title} className="flex flex-col gap-3 rounded-8 border border-solid-gray-600 bg-white p-6 text-std-16N-170">
          <p className="text-right">
            {notice.noticeNumber}
            <br />
            {notice.date}
          </p>
          <p>{notice.addressee}</p>
          <p className="text-right">{notice.sender}</p>
          <h3 className="text-center text-std-20B-150">{notice.title}</h3>
          {notice.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {notice.items.length > 0 && (
            <>
              <p className="text-center">記</p>
              <ol className="list-decimal pl-6">
                {notice.items.map((item) => (
                  <li key={item.label}>
                    {item.label}
                    {item.text && `　${item.text}`}
                    {item.list && (
                      <ol className="pl-4">
                        {item.list.map((line, index) => (
                          <li key={line}>
                            ({index + 1}) {line}
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          {notice.remarks.map((remark) => (
            <p key={remark}>{remark}</p>
          ))}
          {notice.instruction.length > 0 && (
            <ol className="list-decimal pl-6 text-dns-16N-130">
              {notice.instruction.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </Section>
  );
}
