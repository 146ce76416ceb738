import { problem, text } from '#libs/errors';
import type { NoticeKind } from '#libs/lifecycle';
import { CaseErrorCode, CaseException } from './case.exception.js';

/** The notice table's key: one number per kind of notice in a municipality (migration create-case-records). */
export const NOTICE_NUMBER_KEY = 'notice_tenant_id_kind_notice_number_key';

/**
 * An approver typed a notice's number that an earlier notice of that kind already bears (一協第12号
 * twice): refused as a rule of the event, naming the field, so nothing of the event is written.
 */
export function noticeNumberTaken(kind: NoticeKind, noticeNumber: string): CaseException {
  const field = kind === 'refundOrder' ? 'refundOrderNumber' : 'noticeNumber';
  const label = kind === 'refundOrder' ? '返還命令の番号' : '通知番号';
  return new CaseException(
    CaseErrorCode.EventRefused,
    text(`${label}（${field}）「${noticeNumber}」は、すでに別の通知書に使われています。別の番号にしてください。`, `${field} ${noticeNumber} is already on another notice`),
    {},
    [problem(field, `${label}（${field}）「${noticeNumber}」は、すでに別の通知書に使われています。別の番号にしてください。`, `${field} ${noticeNumber} is already on another notice`)],
  );
}
