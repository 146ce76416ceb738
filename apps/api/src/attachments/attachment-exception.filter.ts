import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AttachmentErrorCode, AttachmentException } from '#libs/attachments';
import { AppConfig } from '#libs/config';

const ATTACHMENT_STATUS: Record<AttachmentErrorCode, number> = {
  [AttachmentErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [AttachmentErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [AttachmentErrorCode.ContentMismatch]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [AttachmentErrorCode.EmptyFile]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.InvalidDocumentKind]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.InvalidSupersedes]: HttpStatus.BAD_REQUEST,
  [AttachmentErrorCode.AlreadySuperseded]: HttpStatus.CONFLICT,
  [AttachmentErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [AttachmentErrorCode.CaseEnded]: HttpStatus.CONFLICT,
  [AttachmentErrorCode.NotFound]: HttpStatus.NOT_FOUND,
};

/**
 * Attachment refusals as HTTP answers, in the shape of the API's global filter (status,
 * code, message, details, request id). multer's own "File too large", which cuts an upload
 * off as soon as it passes the limit, becomes the same 413 the store gives, naming the limit.
 * Everything else goes on to the global filter.
 */
@Catch(AttachmentException, PayloadTooLargeException)
export class AttachmentExceptionFilter implements ExceptionFilter {
  constructor(private readonly config: AppConfig) {}

  catch(caught: AttachmentException | PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const exception = caught instanceof AttachmentException ? caught : AttachmentException.tooLarge(this.config.attachmentMaxBytes);
    const statusCode = ATTACHMENT_STATUS[exception.code];
    http
      .getResponse<Response>()
      .status(statusCode)
      .json({ statusCode, error: exception.code, message: exception.message, ...exception.details, requestId: String(request.id ?? '') });
  }
}
