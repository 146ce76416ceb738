import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '#libs/programs';

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

/** The text fields of the multipart upload; the file itself is the part named `file`. */
export class UploadAttachmentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS, description: 'which paper this is; one the case’s program asks for (交付申請書 = applicationForm …)' })
  @IsIn(DOCUMENT_KINDS, { message: `documentKind must be one of ${DOCUMENT_KINDS.join(', ')}` })
  documentKind!: DocumentKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'the attachment of the same kind this file is a newer version of' })
  @IsOptional()
  @IsUUID('all', { message: 'supersedes must be an attachment id (UUID)' })
  supersedes?: string;
}
