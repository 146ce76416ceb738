import { ApiProperty } from '@nestjs/swagger';
import type { NotificationPage, NotificationView } from '#libs/notifications';

export class NotificationResponseDto implements NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['reminder', 'escalation'], description: 'a reminder ahead of a deadline, or an escalation after it passed unmet' })
  kind!: 'reminder' | 'escalation';

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  deadlineId!: string;

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
