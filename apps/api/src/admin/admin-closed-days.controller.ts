import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { problem, text } from '#libs/errors';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { ClosedDays, type ClosedDayView } from '#libs/administration';
import { isIsoDate } from '#libs/calendar';
import { AdministratorsOnly } from './administrators-only.decorator.js';
import { invalidRequest } from '../errors/validation-problems.js';
import { ApiRefusals } from '../errors/api-refusals.decorator.js';
import { ClosedDayDto } from './dto/closed-day.dto.js';
import { ClosedDayResponseDto } from './dto/closed-day-response.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdministratorsOnly(text('閉庁日の管理', 'manage closed days'))
@Controller('admin/closed-days')
export class AdminClosedDaysController {
  constructor(private readonly closedDays: ClosedDays) {}

  @Get()
  @ApiOperation({ summary: "Your municipality's own closed days, besides weekends, holidays and 年末年始 (admin)" })
  @ApiOkResponse({ type: [ClosedDayResponseDto] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<ClosedDayView[]> {
    return this.closedDays.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Add a closed day (or change its reason): deadlines computed from now on move off it (admin)' })
  @ApiCreatedResponse({ type: ClosedDayResponseDto })
  add(@CurrentUser() user: AuthenticatedUser, @Body() day: ClosedDayDto): Promise<ClosedDayView> {
    return this.closedDays.add(user, day);
  }

  @Delete(':date')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a closed day (admin)' })
  @ApiNoContentResponse({ description: 'removed' })
  @ApiRefusals({ 404: 'ADMIN_CLOSED_DAY_NOT_FOUND' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('date') date: string): Promise<void> {
    if (!isIsoDate(date)) {
      throw invalidRequest([problem('date', '日付（date）は 2025-05-07 の形で指定してください。', 'date must be a date as YYYY-MM-DD')]);
    }
    await this.closedDays.remove(user, date);
  }
}
