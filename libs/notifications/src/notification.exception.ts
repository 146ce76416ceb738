import { HttpException, HttpStatus } from '@nestjs/common';

export enum NotificationErrorCode {
  /** No such notification among the caller's own: someone else's is a 404 as well. */
  NotFound = 'NOTIFICATION_NOT_FOUND',
  /** A list cursor this API did not give out. */
  InvalidCursor = 'NOTIFICATION_INVALID_CURSOR',
}

const STATUS: Record<NotificationErrorCode, HttpStatus> = {
  [NotificationErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [NotificationErrorCode.InvalidCursor]: HttpStatus.BAD_REQUEST,
};

/** A refusal about notifications: `{ statusCode, error: <code>, message }` through the API's filter. */
export class NotificationException extends HttpException {
  constructor(
    readonly code: NotificationErrorCode,
    message: string,
  ) {
    super({ statusCode: STATUS[code], error: code, message }, STATUS[code]);
    this.name = 'NotificationException';
  }
}
