import { Injectable } from '@nestjs/common';
import { text } from '#libs/errors';
import { UnitOfWork } from '#libs/persistence';
import { NotificationErrorCode, NotificationException } from './notification.exception.js';
import type { NotificationOwner } from './notification.repository.js';
import type { NotificationSettings } from './notification-settings.js';
import { readNotificationSettings, saveNotificationSettings } from './notification-settings.repository.js';

/** The caller's own choice of how to hear: read it, and change it from the version they read. */
@Injectable()
export class MyNotificationSettings {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  read(owner: NotificationOwner): Promise<NotificationSettings> {
    return this.unitOfWork.run((manager) => readNotificationSettings(manager, owner));
  }

  change(owner: NotificationOwner, settings: Omit<NotificationSettings, 'version'>, version: number): Promise<NotificationSettings> {
    return this.unitOfWork.run(async (manager) => {
      const saved = await saveNotificationSettings(manager, owner, settings, version);
      if (saved) return saved;
      throw new NotificationException(
        NotificationErrorCode.StaleSettings,
        text(
          'お知らせの受け取り方は、別の画面か端末で先に変更されています。開き直して、いまの設定を確かめてから変更してください。',
          'the settings were changed elsewhere since you read them: read them again',
        ),
        { currentVersion: (await readNotificationSettings(manager, owner)).version },
      );
    });
  }
}
