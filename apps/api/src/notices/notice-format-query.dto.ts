import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const NOTICE_FORMATS = ['pdf', 'html'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

export class NoticeFormatQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_FORMATS, default: 'pdf', description: 'pdf (A4, font embedded) or html (printable)' })
  @IsOptional()
  @IsIn(NOTICE_FORMATS, { message: `format must be one of ${NOTICE_FORMATS.join(', ')}` })
  format?: NoticeFormat;
}
