import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AttachmentsModule } from '#libs/attachments';
import { AppConfig } from '#libs/config';
import { AttachmentsController } from './attachments.controller.js';

/**
 * /cases/{id}/attachments. multer keeps the upload in memory (no parser temp files to clean
 * up), stops at ATTACHMENT_MAX_BYTES, takes one file and a few short fields, and reads
 * file names as UTF-8 (browsers send 交付申請書.pdf as raw UTF-8, not latin1).
 */
@Module({
  imports: [
    AttachmentsModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [AttachmentsController],
})
export class AttachmentsHttpModule {}
