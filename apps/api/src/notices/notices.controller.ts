import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ReadNotices } from '#libs/cases';
import { AppConfig } from '#libs/config';
import { noticeDocument, renderNoticeHtml, renderNoticePdf } from '#libs/notices';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { noticeDisposition } from './notice-disposition.js';
import { NoticeFormatQueryDto } from './notice-format-query.dto.js';
import { NoticeSummaryDto } from './notice-summary.dto.js';

/** Everything in a notice is the case's own text; the HTML needs its inline style and nothing else. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

@ApiTags('notices')
@ApiBearerAuth()
@Controller('cases/:id/notices')
export class NoticesController {
  constructor(
    private readonly readNotices: ReadNotices,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "The case's official notices (受理通知書, 交付決定通知書 …), in the order issued" })
  @ApiOkResponse({ type: [NoticeSummaryDto] })
  @ApiResponse({ status: 403, description: 'CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)' })
  async list(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id', 'a case id')) caseId: string): Promise<NoticeSummaryDto[]> {
    return (await this.readNotices.list(user, caseId)).map((notice) => NoticeSummaryDto.of(notice));
  }

  @Get(':noticeId')
  @ApiOperation({ summary: 'One notice as it was issued: an A4 PDF with its Japanese font embedded, or printable HTML with ?format=html' })
  @ApiProduces('application/pdf', 'text/html')
  @ApiOkResponse({ description: 'the notice document', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 403, description: 'CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)' })
  @ApiResponse({ status: 404, description: 'CASE_NOT_FOUND: no such case or notice, or not yours to see' })
  async document(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id', 'a case id')) caseId: string,
    @Param('noticeId', uuidParam('noticeId', 'a notice id')) noticeId: string,
    @Query() { format = 'pdf' }: NoticeFormatQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const notice = await this.readNotices.document(user, caseId, noticeId);
    const document = noticeDocument(notice.content, { appeal: this.config.noticeAppeal });
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (format === 'html') {
      response.setHeader('Content-Security-Policy', HTML_POLICY);
      return new StreamableFile(Buffer.from(renderNoticeHtml(document)), {
        type: 'text/html; charset=utf-8',
        disposition: noticeDisposition('inline', `${notice.noticeNumber}.html`),
      });
    }
    return new StreamableFile(await renderNoticePdf(document), {
      type: 'application/pdf',
      disposition: noticeDisposition('attachment', `${notice.noticeNumber}.pdf`),
    });
  }
}
