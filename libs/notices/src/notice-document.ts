import { formatEraDate, type IsoDate } from '#libs/calendar';
import type { NoticeKind } from '#libs/lifecycle';
import { type AppealPeriods, appealInstruction } from './appeal-instruction.js';
import { noticeBody } from './notice-body.js';
import type { NoticeContent } from './notice-content.js';
import type { NoticeItem } from './notice-item.js';
import { NOTICE_TITLES } from './notice-titles.js';

/** A notice laid out as a document, ready for any renderer (HTML, PDF). */
export interface NoticeDocument {
  kind: NoticeKind;
  title: string;
  noticeNumber: string;
  issuedOn: IsoDate;
  /** The date as printed: 令和7年5月1日. */
  date: string;
  /** 〇〇 様 */
  addressee: string;
  /** 一関市長 */
  sender: string;
  paragraphs: string[];
  /** 記: numbered 1, 2 …; empty for none. */
  items: NoticeItem[];
  /** なお書き after 記. */
  remarks: string[];
  /** 教示, numbered; empty when the notice is not a 処分 one may contest. */
  instruction: string[];
}

export interface NoticeDocumentOptions {
  /** The 教示 periods for notices whose content does not keep its own (issued before it did). */
  appeal: AppealPeriods;
}

/** The document a notice's stored content makes, in official Japanese, dated in the era form. */
export function noticeDocument(content: NoticeContent, options: NoticeDocumentOptions): NoticeDocument {
  const { paragraphs, items, remarks, contestable } = noticeBody(content);
  return {
    kind: content.kind,
    title: NOTICE_TITLES[content.kind],
    noticeNumber: content.noticeNumber,
    issuedOn: content.issuedOn,
    date: formatEraDate(content.issuedOn),
    addressee: `${content.organization.name} 様`,
    sender: content.municipality.head,
    paragraphs,
    items,
    remarks,
    instruction: contestable ? appealInstruction(content.municipality, content.appeal ?? options.appeal) : [],
  };
}
