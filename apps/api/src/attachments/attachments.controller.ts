import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { type AttachmentView, ListAttachments, ReadAttachment, UploadAttachment } from '#libs/attachments';
import { problem } from '#libs/errors';
import { invalidRequest } from '../errors/validation-problems.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { AttachmentFileInterceptor } from './attachment-file.interceptor.js';
import { contentDisposition } from './content-disposition.js';
import { AttachmentResponseDto } from './dto/attachment-response.dto.js';
import { DOCUMENT_KINDS, UploadAttachmentDto } from './dto/upload-attachment.dto.js';

/** What multer's memory storage hands over for the part named `file`. */
interface UploadedPart {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly uploadAttachment: UploadAttachment,
    private readonly listAttachments: ListAttachments,
    private readonly readAttachment: ReadAttachment,
  ) {}

  @Post()
  // multer stops reading the file at ATTACHMENT_MAX_BYTES (limits in AttachmentsHttpModule).
  @UseInterceptors(AttachmentFileInterceptor)
  @ApiOperation({ summary: 'Attach a document to the case (applicant of its organization, or officer); a newer version names the one it supersedes' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'documentKind'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'at most ATTACHMENT_MAX_BYTES, of a type in ATTACHMENT_MEDIA_TYPES' },
        documentKind: { type: 'string', enum: DOCUMENT_KINDS },
        supersedes: { type: 'string', format: 'uuid', description: 'the attachment of the same kind this file replaces' },
      },
    },
  })
  @ApiCreatedResponse({ type: AttachmentResponseDto })
  @ApiResponse({ status: 400, description: 'a field missing or wrong (`file`, `documentKind`, `supersedes`), or an unknown field' })
  @ApiResponse({ status: 403, description: 'ATTACHMENT_FORBIDDEN: your role reads attachments but does not upload; `allowedRoles`' })
  @ApiResponse({ status: 404, description: 'CASE_NOT_FOUND: no such case, or one you may not see' })
  @ApiResponse({ status: 409, description: 'ATTACHMENT_CASE_ENDED (`state`), or ATTACHMENT_ALREADY_SUPERSEDED (`supersededBy`)' })
  @ApiResponse({ status: 413, description: 'ATTACHMENT_TOO_LARGE: `maxBytes`' })
  @ApiResponse({ status: 415, description: 'a type not accepted (`allowedMediaTypes`), or content that is not what its type says' })
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id', 'a case id')) caseId: string,
    @Body() dto: UploadAttachmentDto,
    @UploadedFile() file: UploadedPart | undefined,
  ): Promise<AttachmentView> {
    if (!file) {
      throw invalidRequest([problem('file', 'ファイルを選んでください。', 'file must be sent: the document as the multipart part named "file"')]);
    }
    return this.uploadAttachment.execute({
      user,
      caseId,
      documentKind: dto.documentKind,
      supersedes: dto.supersedes ?? null,
      originalName: file.originalname,
      mediaType: file.mimetype,
      content: Readable.from([file.buffer]),
    });
  }

  @Get()
  @ApiOperation({ summary: 'Every attachment of the case, superseded versions included, newest first' })
  @ApiOkResponse({ type: [AttachmentResponseDto] })
  @ApiResponse({ status: 403, description: 'CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)' })
  list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id', 'a case id')) caseId: string): Promise<AttachmentView[]> {
    return this.listAttachments.execute(user, caseId);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download one attachment, superseded or not; ETag and Digest carry its SHA-256' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file, as uploaded', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 403, description: 'CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)' })
  @ApiResponse({ status: 404, description: 'CASE_NOT_FOUND or ATTACHMENT_NOT_FOUND' })
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id', 'a case id')) caseId: string,
    @Param('attachmentId', uuidParam('attachmentId', 'an attachment id')) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.readAttachment.execute(user, caseId, attachmentId);
    response.setHeader('ETag', `"${attachment.sha256}"`);
    response.setHeader('Digest', `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content, {
      type: attachment.mediaType,
      disposition: contentDisposition(attachment.originalName),
      length: attachment.sizeBytes,
    });
  }
}
