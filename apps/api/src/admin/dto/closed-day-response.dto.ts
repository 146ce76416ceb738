import { ApiProperty } from '@nestjs/swagger';
import type { ClosedDayView } from '#libs/administration';

export class ClosedDayResponseDto implements ClosedDayView {
  @ApiProperty({ example: '2026-08-14' }) date!: string;
  @ApiProperty({ example: '庁舎設備点検のため閉庁' }) reason!: string;
}
