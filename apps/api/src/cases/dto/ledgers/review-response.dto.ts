import { ApiProperty } from '@nestjs/swagger';
import type { ReviewView } from '#libs/cases';
import { ReviewScoreDto } from '../expense-line.dto.js';

/** A review (審査) or a conflict-of-interest declaration (利益相反). */
export class ReviewResponseDto implements ReviewView {
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty({ example: '審査 一郎' }) reviewerName!: string;
  @ApiProperty({ enum: ['review', 'conflict'] }) kind!: 'review' | 'conflict';
  @ApiProperty({ type: [ReviewScoreDto], nullable: true, description: 'null on a conflict declaration' }) scores!: ReviewScoreDto[] | null;
  @ApiProperty({ type: Number, nullable: true, description: 'sum of the scores; null on a conflict declaration' }) totalScore!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'may be empty; null on a conflict declaration' }) comment!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'only on a conflict declaration' }) conflictReason!: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ example: '2025-05-20' }) submittedOn!: string;
  @ApiProperty({ example: '令和7年5月20日' }) submittedOnJa!: string;
  @ApiProperty({ description: 'sequence of the audit entry of SUBMIT_REVIEW or DECLARE_CONFLICT' }) auditSequence!: number;
}
