import { NOTICE_CONTENT_VERSION, type NoticeContent } from './notice-content.js';
import { NOTICE_TITLES } from './notice-titles.js';

/**
 * The content stored with a notice, or null when there is none this version can show: a
 * notice issued before notices kept their content ('{}'), or one of an unknown version.
 * Only this system writes it, so the version and kind are what is checked.
 */
export function readNoticeContent(stored: unknown): NoticeContent | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { version, kind } = stored as { version?: unknown; kind?: unknown };
  return version === NOTICE_CONTENT_VERSION && typeof kind === 'string' && Object.hasOwn(NOTICE_TITLES, kind) ? (stored as NoticeContent) : null;
}
