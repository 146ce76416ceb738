import { Module } from '@nestjs/common';
import { ReadNotices } from '#libs/cases';
import { NoticesController } from './notices.controller.js';

/** /cases/{id}/notices: the official notices of a case, listed and downloaded. */
@Module({
  controllers: [NoticesController],
  providers: [ReadNotices],
})
export class NoticesModule {}
