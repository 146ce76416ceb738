import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NoticeKind } from '#libs/lifecycle';
import { NOTICE_TITLES } from '#libs/notices';

/** One numbered line of 記: a label with its text, or with a numbered list. */
export class NoticeItemDto {
  @ApiProperty({ example: '交付決定額' }) label!: string;
  @ApiPropertyOptional({ example: '金50,000円' }) text?: string;
  @ApiPropertyOptional({ type: [String], example: ['講演会の記録写真を実績報告に添えること。'] }) list?: string[];
}

/** A notice laid out as it would be issued: what the preview shows before the act is sent. */
export class NoticeDocumentDto {
  @ApiProperty({ enum: Object.keys(NOTICE_TITLES), example: 'grantDecision' }) kind!: NoticeKind;
  @ApiProperty({ example: '補助金交付決定通知書' }) title!: string;
  @ApiProperty({ example: '一協第12号' }) noticeNumber!: string;
  @ApiProperty({ format: 'date', example: '2025-05-30' }) issuedOn!: string;
  @ApiProperty({ example: '令和7年5月30日' }) date!: string;
  @ApiProperty({ example: '舞川地区地域協働体 様' }) addressee!: string;
  @ApiProperty({ example: '一関市長' }) sender!: string;
  @ApiProperty({ type: [String] }) paragraphs!: string[];
  @ApiProperty({ type: [NoticeItemDto], description: '記, numbered 1, 2 …' }) items!: NoticeItemDto[];
  @ApiProperty({ type: [String], description: 'なお書き' }) remarks!: string[];
  @ApiProperty({ type: [String], description: '教示, numbered; empty when the notice is no 処分 one may contest' }) instruction!: string[];
}

export class EventPreviewDto {
  @ApiProperty({ type: [NoticeDocumentDto], description: 'the notices the event would issue, in order; empty when it issues none' })
  notices!: NoticeDocumentDto[];
}
