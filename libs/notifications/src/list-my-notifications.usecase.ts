import { Injectable } from '@nestjs/common';
import { problem, text } from '#libs/errors';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '#libs/persistence';
import { NotificationErrorCode, NotificationException } from './notification.exception.js';
import { listNotifications, type NotificationCursor, type NotificationOwner } from './notification.repository.js';
import type { NotificationPage } from './notification.view.js';

/** The caller's own notifications, newest first, optionally only the unread, a page at a time. */
@Injectable()
export class ListMyNotifications {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(owner: NotificationOwner, query: { unread: boolean; limit: number; cursor: string | null }): Promise<NotificationPage> {
    const after = query.cursor === null ? null : decodeCursor(query.cursor);
    return this.unitOfWork.run(async (manager) => {
      // One row more than asked tells whether there is a next page.
      const rows = await listNotifications(manager, owner, { unread: query.unread, limit: query.limit + 1, after });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(({ cursor: _cursor, ...view }) => view),
        nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.cursor) : null,
      };
    });
  }
}

function decodeCursor(cursor: string): NotificationCursor {
  const position = decodeKeysetCursor(cursor);
  if (position) return position;
  throw new NotificationException(
    NotificationErrorCode.InvalidCursor,
    text('ページの位置（cursor）が正しくありません。最初のページから開き直してください。', 'cursor is not one this API gave out: start again without it'),
    {},
    [problem('cursor', 'ページの位置（cursor）が正しくありません。', 'cursor is not one this API gave out')],
  );
}
