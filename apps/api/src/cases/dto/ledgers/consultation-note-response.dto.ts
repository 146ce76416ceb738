import { ApiProperty } from '@nestjs/swagger';
import type { ConsultationNoteView } from '#libs/cases';
import { CASE_ROLES } from '#libs/lifecycle';

/** A note of the consultation (相談記録), or the summary that concluded it. */
export class ConsultationNoteResponseDto implements ConsultationNoteView {
  @ApiProperty({ enum: ['note', 'summary'] }) kind!: 'note' | 'summary';
  @ApiProperty({ example: '会場費の扱いについて相談' }) body!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ example: '一関 花子' }) authorName!: string;
  @ApiProperty({ enum: CASE_ROLES }) authorRole!: string;
  @ApiProperty({ example: '担当職員' }) authorRoleJa!: string;
  @ApiProperty({ format: 'date-time' }) writtenAt!: string;
  @ApiProperty({ example: '2025-04-15' }) writtenOn!: string;
  @ApiProperty({ example: '令和7年4月15日' }) writtenOnJa!: string;
  @ApiProperty({ description: 'sequence of the audit entry of ADD_NOTE or CONCLUDE_CONSULTATION' }) auditSequence!: number;
}
