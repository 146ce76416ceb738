import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Holiday, holidaysOfYear } from '#libs/calendar';
import { HolidayResponseDto } from './holiday-response.dto.js';
import { HolidaysQueryDto } from './holidays-query.dto.js';

/** The calendar every municipality shares, so a screen can show it without the holiday table in its bundle. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  @Get('holidays')
  @ApiOperation({
    summary: "A year's national holidays and 年末年始, in date order: the days every municipal office closes besides weekends (the municipality's own closed days are not among them)",
  })
  @ApiOkResponse({ type: [HolidayResponseDto] })
  holidays(@Query() query: HolidaysQueryDto): Holiday[] {
    return holidaysOfYear(query.year);
  }
}
