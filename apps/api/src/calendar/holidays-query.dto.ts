import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { NATIONAL_HOLIDAY_YEARS } from '#libs/calendar';
import { inJapanese } from '../errors/validation-problems.js';

const { first, last } = NATIONAL_HOLIDAY_YEARS;

export class HolidaysQueryDto {
  @ApiProperty({ example: 2026, minimum: first, maximum: last, description: `the calendar year (not the fiscal year); the holiday table covers ${first}–${last}` })
  @Type(() => Number)
  // One rule, so a wrong value gets one message.
  @ValidateBy(
    { name: 'isHolidayYear', validator: { validate: (value: unknown) => Number.isInteger(value) && (value as number) >= first && (value as number) <= last } },
    { message: `year must be a year from ${first} to ${last}`, ...inJapanese((field) => `${field}は${first}から${last}までの西暦で指定してください。`) },
  )
  year!: number;
}
