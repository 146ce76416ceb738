import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { PreviewCaseNotices } from '#libs/cases';
import type { CaseEventBody } from '#libs/lifecycle';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { CASE_EVENT_SCHEMA_NAME } from '../openapi/case-event-schemas.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { CaseEventPipe } from './case-event.pipe.js';
import { EventPreviewDto } from './dto/notice-document.dto.js';
import { expectedVersion } from './if-match.js';

/** POST /cases/{id}/events/preview: the notices an event would issue, read before it is sent. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseEventPreviewController {
  constructor(private readonly previewCaseNotices: PreviewCaseNotices) {}

  @Post(':id/events/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The notices an event would issue, without sending it (nothing is written; a refusal is the one the event would get)',
    description: '交付決定・不交付・額の確定・取消などの通知書を、決定する前にそのままの文面で確かめられます。',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the case version you saw, e.g. "7"' })
  @ApiBody({ description: 'the event as it would be sent to POST /cases/{id}/events', schema: { $ref: getSchemaPath(CASE_EVENT_SCHEMA_NAME) } })
  @ApiOkResponse({ type: EventPreviewDto })
  @ApiRefusals({
    403: 'CASE_FORBIDDEN: your role may never send this event (`allowedRoles`)',
    404: 'CASE_NOT_FOUND: no such case, or one you may not see',
    409: 'CASE_STALE_VERSION; CASE_EVENT_NOT_ACCEPTED (`acceptableEvents`)',
    422: 'CASE_EVENT_REFUSED: a rule refuses it, each in `problems`',
  })
  async preview(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id', 'a case id')) id: string,
    @Body(CaseEventPipe) body: CaseEventBody,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<EventPreviewDto> {
    return { notices: await this.previewCaseNotices.execute({ user, caseId: id, body, expectedVersion: expectedVersion(ifMatch) }) };
  }
}
