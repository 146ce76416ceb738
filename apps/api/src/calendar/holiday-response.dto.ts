import { ApiProperty } from '@nestjs/swagger';
import type { Holiday } from '#libs/calendar';

export class HolidayResponseDto implements Holiday {
  @ApiProperty({ example: '2026-05-06' }) date!: string;
  @ApiProperty({ example: 'こどもの日 振替休日', description: 'the national holiday, or 年末年始' }) name!: string;
}
