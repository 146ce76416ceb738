import { ApiProperty } from '@nestjs/swagger';
import { ADMINISTRATION_ACTIONS, type AdministrationEntryPage, type AdministrationEntryView, type JsonObject } from '#libs/audit';

export class AdministrationEntryResponseDto implements AdministrationEntryView {
  @ApiProperty({ example: '42', description: 'the id the verifier names when it finds the entry broken' }) id!: string;
  @ApiProperty({ example: 7, description: "1, 2, 3 … in the municipality's trail, without gaps" }) sequence!: number;
  @ApiProperty({ enum: ADMINISTRATION_ACTIONS }) action!: string;
  @ApiProperty({ enum: ['program', 'organization', 'user', 'closedDay'] }) subjectType!: string;
  @ApiProperty({ example: '協働支援', description: "a user's or organization's id, a program's code, a closed day's date" }) subjectId!: string;
  @ApiProperty({ format: 'uuid' }) actorUserId!: string;
  @ApiProperty({ example: 'admin' }) actorRole!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { before: { role: 'officer' }, after: { role: 'approver' } },
    description: 'what changed: before and after of the changed fields; never a password or its hash',
  })
  payload!: JsonObject;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: '2025-05-14', description: 'the Tokyo date' }) occurredOn!: string;
  @ApiProperty({ example: '令和7年5月14日' }) occurredOnJa!: string;
  @ApiProperty({ nullable: true, type: String, description: "the previous entry's hash; null for the first" }) previousHash!: string | null;
  @ApiProperty({ description: 'SHA-256 of the RFC 8785 canonical JSON of the entry' }) hash!: string;
}

export class AdministrationEntryPageResponseDto implements AdministrationEntryPage {
  @ApiProperty({ type: [AdministrationEntryResponseDto], description: 'newest first' }) items!: AdministrationEntryResponseDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'pass as `before` for the next (older) page' }) nextBefore!: number | null;
}
