export enum NoticeErrorCode {
  /**
   * The event or the case lacks what its notice must show (a 交付決定 without an amount, a
   * 返還命令 without a refund claim): a defect of the lifecycle, never a user's mistake.
   */
  InconsistentIssue = 'NOTICE_INCONSISTENT_ISSUE',
}

/** Every refusal of the notices capability. */
export class NoticeException extends Error {
  constructor(
    readonly code: NoticeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoticeException';
  }
}
