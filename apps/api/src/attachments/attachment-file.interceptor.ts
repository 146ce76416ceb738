import { type CallHandler, type ExecutionContext, Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor, type MulterModuleOptions } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AttachmentException } from '#libs/attachments';
import { AppConfig } from '#libs/config';

/** Nest's token for MulterModule's options (`@nestjs/platform-express/multer/files.constants`, not exported). */
const MULTER_MODULE_OPTIONS = 'MULTER_MODULE_OPTIONS';

/**
 * multer on the part named `file`. multer cuts an upload off as soon as it passes
 * ATTACHMENT_MAX_BYTES and says "File too large"; that becomes the same refusal the store
 * gives when it notices first, naming the limit.
 */
@Injectable()
export class AttachmentFileInterceptor extends FileInterceptor('file') {
  constructor(
    @Inject(MULTER_MODULE_OPTIONS) options: MulterModuleOptions,
    private readonly config: AppConfig,
  ) {
    super(options);
  }

  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw AttachmentException.tooLarge(this.config.attachmentMaxBytes);
      throw error;
    }
  }
}
