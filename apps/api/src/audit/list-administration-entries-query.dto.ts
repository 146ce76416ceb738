import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { ADMINISTRATION_ACTIONS, type AdministrationAction } from '#libs/audit';

/** The largest sequence an `integer` column holds. */
const MAX_SEQUENCE = 2_147_483_647;
const LIMIT_MESSAGE = 'limit must be a whole number from 1 to 100';

export class ListAdministrationEntriesQueryDto {
  @ApiPropertyOptional({ enum: ADMINISTRATION_ACTIONS, description: 'only entries of this action' })
  @IsOptional()
  @IsIn(ADMINISTRATION_ACTIONS, { message: `action must be one of ${ADMINISTRATION_ACTIONS.join(', ')}` })
  action?: AdministrationAction;

  @ApiPropertyOptional({ minimum: 1, description: 'nextBefore of the previous page: only entries older than this sequence' })
  @IsOptional()
  @Type(() => Number)
  // One rule, so a wrong value gets one message.
  @ValidateBy(
    { name: 'isSequence', validator: { validate: (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SEQUENCE } },
    { message: 'before must be a sequence number (nextBefore of the previous page)' },
  )
  before?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(100, { message: LIMIT_MESSAGE })
  limit: number = 20;
}
