import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ApplyCaseEvent, CASE_EXPORT_MAX_ROWS, type CaseHistoryEntry, type CasePage, type CaseView, ExportCases, ListCases, OpenCase, ReadCase } from '#libs/cases';
import type { CaseEventBody } from '#libs/lifecycle';
import type { ProgramTerms } from '#libs/programs';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { CaseEventPipe } from './case-event.pipe.js';
import { expectedVersion } from './if-match.js';
import { caseListFilter, CaseListFilterQueryDto } from './dto/case-list-filter-query.dto.js';
import { ListCasesQueryDto } from './dto/list-cases-query.dto.js';
import { OpenCaseDto } from './dto/open-case.dto.js';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { CasePageDto } from './dto/case-page.dto.js';
import { CaseHistoryEntryDto } from './dto/case-history-entry.dto.js';
import { CaseViewDto } from './dto/case-view.dto.js';
import { ProgramTermsDto } from '../directory/program-catalogue.dto.js';
import { CASE_EVENT_SCHEMA_NAME } from '../openapi/case-event-schemas.js';
import { idempotentRequest } from './request-fingerprint.js';

const uuid = uuidParam('id', 'a case id');

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly openCase: OpenCase,
    private readonly applyCaseEvent: ApplyCaseEvent,
    private readonly readCase: ReadCase,
    private readonly listCases: ListCases,
    private readonly exportCases: ExportCases,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The cases you may see, newest first, filtered, a page at a time' })
  @ApiOkResponse({ type: CasePageDto })
  @ApiRefusals({ 403: 'CASE_FORBIDDEN: administrators see no cases' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCasesQueryDto): Promise<CasePage> {
    return this.listCases.execute(user, caseListFilter(query), query.limit, query.cursor ?? null);
  }

  // Declared before ':id', which would otherwise take "export.csv" for an id and refuse it as no UUID.
  @Get('export.csv')
  @ApiOperation({
    summary: 'Every case of the list under the same filters, as CSV for Excel',
    description:
      `一覧と同じ条件・同じ見える範囲の案件すべてを、新しい順に1件1行で出します。条件に合う案件が${CASE_EXPORT_MAX_ROWS.toLocaleString('en-US')}件を超えるときは途中で切らず、` +
      `400 CASE_EXPORT_TOO_LARGE で断ります（絞り込んで出し直してください）。 / UTF-8 with a BOM, CRLF line ends, fields quoted as RFC 4180 says; columns ` +
      `受付番号, 制度, 団体, 地区, 年度 (令和7年度), 状況, 申請額, 交付決定額, 確定額, 期限切れ (はい/いいえ), 次の期限 (YYYY-MM-DD), 更新日時 (Asia/Tokyo, YYYY-MM-DD HH:mm).`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'the CSV file (text/csv; charset=utf-8)',
    schema: { type: 'string' },
    headers: { 'Content-Disposition': { description: 'attachment; filename="cases-20250501.csv" (the Tokyo date)', schema: { type: 'string' } } },
  })
  @ApiRefusals({
    400: `REQUEST_INVALID: a filter malformed (\`problems\` names it); CASE_EXPORT_TOO_LARGE: more than ${CASE_EXPORT_MAX_ROWS} cases match (\`maxRows\`): narrow the filters`,
    403: 'CASE_FORBIDDEN: administrators see no cases',
  })
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CaseListFilterQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, csv } = await this.exportCases.execute(user, caseListFilter(query));
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(Buffer.from(csv, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName}"` });
  }

  @Post()
  @ApiOperation({ summary: 'Open a case: a consultation (相談) or a draft application (申請)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key returns the first answer' })
  @ApiCreatedResponse({ type: CaseViewDto })
  @ApiRefusals({
    403: 'CASE_FORBIDDEN: your role does not open cases',
    404: 'CASE_REFERENCE_NOT_FOUND: no such program, or an organization you may not open a case for',
    409: 'CASE_EVENT_NOT_ACCEPTED',
    422: 'CASE_EVENT_REFUSED (the window closed, 事前協議 first …), CASE_IDEMPOTENCY_KEY_REUSED',
  })
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
  @ApiOperation({
    summary: 'A case: state in Japanese and English, amounts, deadlines, why it was returned, what is owed, and what you may do now',
    description:
      'To a reviewer assigned to it who has yet to declare whether they have a conflict of interest (`reviewAssignment.conflictDeclaration`: owed), ' +
      "only the case's header: its number, program, organization, state, what they may do and their review's deadline; none of the application.",
  })
  @ApiOkResponse({ type: CaseViewDto, headers: { ETag: { description: 'the case version, for If-Match', schema: { type: 'string' } } } })
  @ApiRefusals({ 403: 'CASE_FORBIDDEN: administrators see no cases', 404: 'CASE_NOT_FOUND: no such case, or one you may not see' })
  async view(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const view = await this.readCase.view(user, id);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/program')
  @ApiOperation({ summary: "The terms of the program version the case runs under (rate, caps, categories, papers, advances), even after the program's window closed" })
  @ApiOkResponse({ type: ProgramTermsDto })
  @ApiRefusals({ 403: 'CASE_FORBIDDEN: administrators see no cases', 404: 'CASE_NOT_FOUND: no such case, or one you may not see' })
  program(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ProgramTerms> {
    return this.readCase.programTerms(user, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every accepted event of the case, from the audit trail, with who sent it' })
  @ApiOkResponse({ type: [CaseHistoryEntryDto] })
  @ApiRefusals({ 403: 'CASE_FORBIDDEN: administrators see no cases; CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)', 404: 'CASE_NOT_FOUND: no such case, or one you may not see' })
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<CaseHistoryEntry[]> {
    return this.readCase.history(user, id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send an event; If-Match carries the version you saw (409 when stale)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the case version you saw, e.g. "7"' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key returns the first answer' })
  @ApiBody({ description: 'one event: `type` picks its fields (each in the schema of that type)', schema: { $ref: getSchemaPath(CASE_EVENT_SCHEMA_NAME) } })
  @ApiOkResponse({ type: CaseViewDto, description: 'the case as the event left it (Idempotent-Replayed: true when a retry got the first answer)' })
  @ApiRefusals({
    403: 'CASE_FORBIDDEN: your role may never send this event (`allowedRoles`)',
    404: 'CASE_NOT_FOUND: no such case, or one you may not see',
    409:
      'CASE_STALE_VERSION (`currentVersion`): reload and try again; CASE_EVENT_NOT_ACCEPTED (`acceptableEvents`): the state does not take it, ' +
      "or it is not the reviewer's turn (a review before the declaration of conflicts, a second declaration, anything after the review)",
    422: 'CASE_EVENT_REFUSED: a rule refuses it, each in `problems`; CASE_IDEMPOTENCY_KEY_REUSED',
  })
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
