import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { problem } from '#libs/errors';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ApplyCaseEvent, type CaseHistoryEntry, type CasePage, type CaseView, ListCases, OpenCase, ReadCase } from '#libs/cases';
import type { CaseEventBody } from '#libs/lifecycle';
import { invalidRequest } from '../errors/validation-problems.js';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { CaseEventPipe } from './case-event.pipe.js';
import { ListCasesQueryDto } from './dto/list-cases-query.dto.js';
import { OpenCaseDto } from './dto/open-case.dto.js';
import { CLIENT_EVENT_TYPES } from './dto/case-event-registry.js';
import { idempotentRequest } from './request-fingerprint.js';

const uuid = uuidParam('id', 'a case id');

/** `If-Match: "7"` or `If-Match: 7` → 7; absent → null; anything else is a bad request. */
function expectedVersion(ifMatch: string | undefined): number | null {
  if (ifMatch === undefined) return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw invalidRequest([problem('If-Match', 'If-Match には、開いたときの案件の版（例："7"）を入れてください。', 'If-Match must carry the case version, e.g. "7"')]);
  }
  return Number(match[1]);
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly openCase: OpenCase,
    private readonly applyCaseEvent: ApplyCaseEvent,
    private readonly readCase: ReadCase,
    private readonly listCases: ListCases,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The cases you may see, newest first, filtered, a page at a time' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCasesQueryDto): Promise<CasePage> {
    const { program, state, fiscalYear, organization, assignedToMe, overdue, limit, cursor } = query;
    return this.listCases.execute(
      user,
      { programCode: program, state, fiscalYear, organizationId: organization, assignedToMe, overdue },
      limit,
      cursor ?? null,
    );
  }

  @Post()
  @ApiOperation({ summary: 'Open a case: a consultation (相談) or a draft application (申請)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async open(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: OpenCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const answer = await this.openCase.execute({ user, ...dto, idempotency: idempotentRequest(key, 'POST', request.path, dto) });
    response.status(answer.status).setHeader('ETag', `"${answer.body.version}"`);
    return answer.body;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A case: state in Japanese and English, amounts, deadlines, and the events you may send now' })
  async view(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const view = await this.readCase.view(user, id);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every accepted event of the case, from the audit trail' })
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<CaseHistoryEntry[]> {
    return this.readCase.history(user, id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send an event; If-Match carries the version you saw (409 when stale)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the case version you saw, e.g. "7"' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key returns the first answer' })
  @ApiBody({ schema: { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: CLIENT_EVENT_TYPES } } } })
  async event(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body(CaseEventPipe) body: CaseEventBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const answer = await this.applyCaseEvent.execute({
      user,
      caseId: id,
      body,
      expectedVersion: expectedVersion(ifMatch),
      idempotency: idempotentRequest(key, 'POST', request.path, body),
    });
    response.status(answer.status).setHeader('ETag', `"${answer.body.version}"`);
    if (answer.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return answer.body;
  }
}
