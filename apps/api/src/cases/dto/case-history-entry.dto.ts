import { ApiProperty } from '@nestjs/swagger';
import type { CaseHistoryEntry } from '#libs/cases';

export class CaseHistoryEntryDto implements CaseHistoryEntry {
  @ApiProperty({ example: 4 }) sequence!: number;
  @ApiProperty({ example: 'ACCEPT', description: 'an event type, or ATTACH_DOCUMENT for an upload' }) eventType!: string;
  @ApiProperty({ format: 'uuid' }) actorUserId!: string;
  @ApiProperty({ example: '一関 花子' }) actorName!: string;
  @ApiProperty({ example: 'officer' }) actorRole!: string;
  @ApiProperty({ example: '担当職員' }) actorRoleJa!: string;
  @ApiProperty({ type: String, nullable: true }) stateBefore!: string | null;
  @ApiProperty() stateAfter!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'the event as sent (and what the server read for it); null where you may not read it (a review, to those GET /cases/{id}/reviews refuses)',
  })
  payload!: unknown;
}
