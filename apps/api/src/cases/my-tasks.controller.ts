import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ListMyTasks, type MyTasksView } from '#libs/cases';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { MyTasksDto } from './dto/my-tasks.dto.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('me/tasks')
export class MyTasksController {
  constructor(private readonly listMyTasks: ListMyTasks) {}

  @Get()
  @ApiOperation({
    summary: 'What you must do now, across your cases: filings to accept, corrections, reviews, decisions, payments, reports …',
    description: '案件の状態と期限から、その都度計算します（保存はしません）。期限切れを先に、次に期限の近い順に並べます。',
  })
  @ApiOkResponse({ type: MyTasksDto })
  @ApiRefusals({ 403: 'CASE_FORBIDDEN: administrators have no cases' })
  tasks(@CurrentUser() user: AuthenticatedUser): Promise<MyTasksView> {
    return this.listMyTasks.execute(user);
  }
}
