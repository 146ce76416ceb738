import { useState } from 'react';
import { Link } from 'react-router';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../api/client.js';
import { linkStyle, secondaryButton } from '../components/button.js';
import { Refusal } from '../components/refusal.js';
import { Section } from '../components/section.js';
import { StatusMessage, useStatusMessage } from '../components/status-message.js';
import { tokyoDateTime } from '../format.js';
import { texts } from '../texts.js';

type Notification = components['schemas']['NotificationResponseDto'];

/**
 * The unread notifications (the same texts as the e-mails), each with its case and a button that
 * marks it read. A notification read leaves the list; what happened is said where the focus goes,
 * so a keyboard or screen-reader user is not left on a button that is gone.
 */
export function HomeNotifications({ unread }: { unread: Notification[] }) {
  const [items, setItems] = useState(unread);
  const [error, setError] = useState<unknown>(null);
  const { said, tell, statusRef } = useStatusMessage();

  async function markRead(item: Notification) {
    setError(null);
    try {
      await unwrap(api.POST('/me/notifications/{id}/read', { params: { path: { id: item.id } } }));
      setItems((current) => current.filter((each) => each.id !== item.id));
      tell(texts.home.markedRead(item.subject));
    } catch (refused) {
      setError(refused);
    }
  }

  return (
    <Section title={texts.home.notificationsTitle} className="flex flex-col gap-4">
      <Refusal error={error} />
      <StatusMessage said={said} statusRef={statusRef} />
      {items.length === 0 ? (
        <p className="text-std-16N-170">{texts.home.noNotifications}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-2 rounded-8 border-l-4 border-blue-900 bg-blue-50 p-4">
              <p className="text-std-16B-170">
                <span className="mr-2 rounded-4 bg-blue-900 px-2 text-dns-14B-130 text-white">{texts.home.unread}</span>
                {item.subject}
              </p>
              <p className="text-dns-14N-130 text-solid-gray-700">{tokyoDateTime(item.createdAt)}</p>
              <p className="whitespace-pre-line text-std-16N-170">{item.body}</p>
              <div className="flex flex-wrap items-center gap-4">
                {item.caseId && (
                  <Link to={`/cases/${item.caseId}`} className={linkStyle}>
                    {texts.home.openCase}
                  </Link>
                )}
                <button type="button" className={secondaryButton} onClick={() => void markRead(item)} aria-label={texts.home.markReadOf(item.subject)}>
                  {texts.home.markRead}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
