import { Injectable } from '@nestjs/common';
import { text } from '#libs/errors';
import { UnitOfWork } from '#libs/persistence';
import { NotificationErrorCode, NotificationException } from './notification.exception.js';
import { markNotificationRead, type NotificationOwner } from './notification.repository.js';
import type { NotificationView } from './notification.view.js';

/** Marks one of the caller's notifications read; anyone else's is not found, as if it did not exist. */
@Injectable()
export class MarkNotificationRead {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute(owner: NotificationOwner, id: string): Promise<NotificationView> {
    const read = await this.unitOfWork.run((manager) => markNotificationRead(manager, owner, id));
    if (!read) throw new NotificationException(NotificationErrorCode.NotFound, text('そのお知らせは見つかりません。', `notification ${id} not found`));
    return read;
  }
}
