import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate, IsText } from '../../cases/dto/field-validators.js';

export class ClosedDayDto {
  @ApiProperty({ example: '2026-08-14', description: 'YYYY-MM-DD, a day the offices are closed' })
  @IsIsoDate()
  date!: string;

  @ApiProperty({ example: '庁舎設備点検のため閉庁', maxLength: 200 })
  @IsText(200)
  reason!: string;
}
