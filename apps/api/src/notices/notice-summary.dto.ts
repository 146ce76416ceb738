import { ApiProperty } from '@nestjs/swagger';
import { formatEraDate } from '#libs/calendar';
import type { IssuedNotice } from '#libs/cases';
import type { NoticeKind } from '#libs/lifecycle';
import { NOTICE_TITLES } from '#libs/notices';

/** One notice of a case, as the list shows it. */
export class NoticeSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: Object.keys(NOTICE_TITLES), example: 'grantDecision' })
  kind!: NoticeKind;

  @ApiProperty({ example: '交付決定通知書' })
  title!: string;

  @ApiProperty({ example: '一協第12号' })
  noticeNumber!: string;

  @ApiProperty({ format: 'date', example: '2025-05-30' })
  issuedOn!: string;

  @ApiProperty({ example: '令和7年5月30日' })
  issuedOnEra!: string;

  /** False for a notice issued before notices kept their content: it has no document to download. */
  @ApiProperty({ description: 'whether GET …/notices/{noticeId} has a document for it' })
  hasDocument!: boolean;

  static of(notice: IssuedNotice): NoticeSummaryDto {
    return {
      id: notice.id,
      kind: notice.kind,
      title: NOTICE_TITLES[notice.kind],
      noticeNumber: notice.noticeNumber,
      issuedOn: notice.issuedOn,
      issuedOnEra: formatEraDate(notice.issuedOn),
      hasDocument: notice.content !== null,
    };
  }
}
