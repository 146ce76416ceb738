import { text } from '#libs/errors';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { AddProgramVersion, CreateProgram, ListPrograms, type ProgramDetail, type ProgramSummary, type ProgramVersionView, ReadProgram } from '#libs/administration';
import { seedProgram } from '#libs/programs';
import { AdministratorsOnly } from './administrators-only.decorator.js';
import { ProgramDetailResponseDto, ProgramSummaryResponseDto, ProgramVersionResponseDto } from './dto/program-response.dto.js';
import { ProgramCodePipe } from './program-code.pipe.js';

// The body is a whole Program, checked by the programs lib's validateProgram (every problem,
// each by path) rather than by a DTO: class-validator would duplicate those rules badly.
const PROGRAM_BODY = {
  description:
    'A Program of the programs lib as JSON (see the example). Every problem is answered at once: 400 ADMIN_PROGRAM_INVALID with `problems`, each naming its path. ' +
    "`municipality` must be the tenant's code when the tenant is ichinoseki, morioka or yuzawa.",
  schema: { type: 'object', additionalProperties: true, example: seedProgram('協働支援') },
} as const;
const CODE_PARAM = { name: 'code', example: '協働支援', description: 'program code' } as const;

@ApiTags('admin')
@ApiBearerAuth()
@AdministratorsOnly(text('制度の管理', 'manage programs'))
@Controller('admin/programs')
export class AdminProgramsController {
  constructor(
    private readonly listPrograms: ListPrograms,
    private readonly readProgram: ReadProgram,
    private readonly createProgram: CreateProgram,
    private readonly addProgramVersion: AddProgramVersion,
  ) {}

  @Get()
  @ApiOperation({ summary: "Your municipality's programs: the latest version of each, with all version numbers (admin)" })
  @ApiOkResponse({ type: [ProgramSummaryResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<ProgramSummary[]> {
    return this.listPrograms.execute(user);
  }

  @Get(':code')
  @ApiOperation({ summary: 'Every version of a program, with its definition and how many cases were filed under it (admin)' })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: ProgramDetailResponseDto })
  @ApiNotFoundResponse({ description: 'ADMIN_PROGRAM_NOT_FOUND' })
  read(@CurrentUser() user: AuthenticatedUser, @Param('code', ProgramCodePipe) code: string): Promise<ProgramDetail> {
    return this.readProgram.execute(user, code);
  }

  @Post()
  @ApiOperation({ summary: 'Create a program: its definition becomes version 1 (admin)' })
  @ApiBody(PROGRAM_BODY)
  @ApiCreatedResponse({ type: ProgramVersionResponseDto })
  @ApiBadRequestResponse({ description: 'ADMIN_PROGRAM_INVALID: `problems` lists each problem by path' })
  @ApiConflictResponse({ description: 'ADMIN_PROGRAM_EXISTS: the code exists; add a version instead' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() definition: unknown): Promise<ProgramVersionView> {
    return this.createProgram.execute(user, definition);
  }

  @Post(':code/versions')
  @ApiOperation({ summary: 'Add a version (the latest + 1); earlier versions and the cases filed under them stay as they are (admin)' })
  @ApiParam(CODE_PARAM)
  @ApiBody(PROGRAM_BODY)
  @ApiCreatedResponse({ type: ProgramVersionResponseDto })
  @ApiBadRequestResponse({ description: 'ADMIN_PROGRAM_INVALID: `problems` lists each problem by path (the code must be the one of the path)' })
  @ApiNotFoundResponse({ description: 'ADMIN_PROGRAM_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ADMIN_PROGRAM_VERSION_CONFLICT: `expectedVersion` is the number to use' })
  addVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param('code', ProgramCodePipe) code: string,
    @Body() definition: unknown,
  ): Promise<ProgramVersionView> {
    return this.addProgramVersion.execute(user, code, definition);
  }
}
