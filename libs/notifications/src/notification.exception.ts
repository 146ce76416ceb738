import { CodedException } from '#libs/errors';

export enum NotificationErrorCode {
  /** No such notification among the caller's own: someone else's is a 404 as well. */
  NotFound = 'NOTIFICATION_NOT_FOUND',
  /** A list cursor this API did not give out: 400. */
  InvalidCursor = 'NOTIFICATION_INVALID_CURSOR',
  /** Settings changed since the caller read them (another device): 409. */
  StaleSettings = 'NOTIFICATION_SETTINGS_STALE',
}

/** A refusal about notifications. */
export class NotificationException extends CodedException<NotificationErrorCode> {}
