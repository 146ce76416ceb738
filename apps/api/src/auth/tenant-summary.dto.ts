import { ApiProperty } from '@nestjs/swagger';

export class TenantSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ichinoseki' })
  code!: string;

  @ApiProperty({ example: '一関市' })
  name!: string;
}
