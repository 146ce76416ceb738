import { ApiProperty } from '@nestjs/swagger';
import { IsText, IsWholeNumber, IsYen } from './field-validators.js';

export class ExpenseLineDto {
  @ApiProperty({ example: '会議費' })
  @IsText(100)
  category!: string;

  @ApiProperty({ example: 120000, description: 'whole yen' })
  @IsYen()
  amount!: number;
}

export class ReviewScoreDto {
  @ApiProperty({ example: '公益性' })
  @IsText(100)
  criterion!: string;

  @ApiProperty({ example: 4, minimum: 0, maximum: 100 })
  @IsWholeNumber(0, 100)
  score!: number;
}
