import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_KINDS } from './upload-attachment.dto.js';

/** An attachment's metadata, as upload and list answer it. */
export class AttachmentResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) documentKind!: string;
  @ApiProperty({ example: '交付申請書' }) documentKindJa!: string;
  @ApiProperty({ example: '交付申請書.pdf', description: 'the uploaded file’s name without directory parts or control characters, at most 255 bytes' })
  originalName!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ example: 48213 }) sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, lower-case hex' }) sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ example: '2025-05-01', description: 'the upload’s date in Asia/Tokyo' }) uploadedOn!: string;
  @ApiProperty({ example: '令和7年5月1日' }) uploadedOnJa!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the older version this one replaces' }) supersedes!: string | null;
  @ApiProperty({ description: 'a newer version replaced this one; it stays downloadable' }) superseded!: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supersededBy!: string | null;
}
