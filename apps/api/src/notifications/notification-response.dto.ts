import { ApiProperty } from '@nestjs/swagger';
import type { NotificationPage, NotificationView } from '#libs/notifications';

export class NotificationResponseDto implements NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: ['reminder', 'escalation', 'fiscalYearClose', 'caseNews'],
    description: 'a reminder ahead of a deadline, an escalation after it passed unmet, or the report of cases unsettled before the accounts close (未精算案件)',
  })
  kind!: 'reminder' | 'escalation' | 'fiscalYearClose' | 'caseNews';

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for a fiscal-year close report' })
  caseId!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for a fiscal-year close report' })
  deadlineId!: string | null;

  @ApiProperty({ example: '【期限のお知らせ】実績報告書の提出：令和7年5月7日まで（R7-協働支援-0012）' })
  subject!: string;

  @ApiProperty({ description: 'the same Japanese text as the e-mail' })
  body!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt!: string | null;
}

export class NotificationPageResponseDto implements NotificationPage {
  @ApiProperty({ type: [NotificationResponseDto] })
  items!: NotificationResponseDto[];

  @ApiProperty({ nullable: true, type: String, description: 'pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
