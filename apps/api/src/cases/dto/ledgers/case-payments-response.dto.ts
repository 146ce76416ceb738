import { ApiProperty } from '@nestjs/swagger';
import type { CasePaymentsView, MoneyMovementView } from '#libs/cases';

export class MoneyMovementResponseDto implements MoneyMovementView {
  @ApiProperty({ enum: ['prepayment', 'estimatedPayment', 'finalPayment', 'refund'], description: '前金払, 概算払, 精算払 or 返還' })
  kind!: MoneyMovementView['kind'];
  @ApiProperty({ example: '前金払' }) kindJa!: string;
  @ApiProperty({ example: 50000, description: 'whole yen, more than 0' }) amount!: number;
  @ApiProperty({ example: '2025-06-10', description: 'Tokyo date the money moved' }) on!: string;
  @ApiProperty({ example: '令和7年6月10日' }) onJa!: string;
  @ApiProperty({ format: 'uuid', description: 'the finance user who recorded it' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'sequence of the audit entry of RECORD_PAYMENT or RECORD_REFUND' }) auditSequence!: number;
}

export class MoneyTotalsResponseDto {
  @ApiProperty({ example: 50000 }) paid!: number;
  @ApiProperty({ example: 8000 }) refunded!: number;
  @ApiProperty({ example: 42000, description: 'paid − refunded' }) balance!: number;
}

export class CaseAmountsResponseDto {
  @ApiProperty({ type: Number, nullable: true }) requested!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '交付決定, as changed' }) decided!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '額の確定' }) confirmed!: number | null;
}

export class CasePaymentsResponseDto implements CasePaymentsView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [MoneyMovementResponseDto], description: '前金払 and 精算払, oldest first' }) payments!: MoneyMovementResponseDto[];
  @ApiProperty({ type: [MoneyMovementResponseDto], description: '返還, oldest first' }) refunds!: MoneyMovementResponseDto[];
  @ApiProperty({ type: MoneyTotalsResponseDto }) totals!: MoneyTotalsResponseDto;
  @ApiProperty({ type: CaseAmountsResponseDto }) amounts!: CaseAmountsResponseDto;
}
