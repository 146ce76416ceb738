import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/persistence';
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
        nextCursor: rows.length > query.limit && last ? Buffer.from(JSON.stringify(last.cursor)).toString('base64url') : null,
      };
    });
  }
}

function decodeCursor(cursor: string): NotificationCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Partial<NotificationCursor>;
    if (typeof parsed.createdAt === 'string' && !Number.isNaN(Date.parse(parsed.createdAt)) && typeof parsed.id === 'string' && /^[0-9a-f-]{36}$/.test(parsed.id)) {
      return { createdAt: parsed.createdAt, id: parsed.id };
    }
  } catch {
    // falls through to the refusal below
  }
  throw new NotificationException(NotificationErrorCode.InvalidCursor, 'cursor is not one this API gave out: start again without it');
}
