import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import type { DocumentKind } from '#libs/programs';
import { ExpenseLineDto, ReviewScoreDto } from './expense-line.dto.js';
import { AreDocumentKinds, AreEach, IsIsoDate, IsText, IsYen } from './field-validators.js';

/*
 * The body of each event a client sends to POST /cases/{id}/events, besides `type`.
 * Figures the server derives (the remaining multi-year cap, a reviewer's organizations,
 * refund due dates) are never taken from the client.
 */

export class NoBodyDto {}

export class NoteDto {
  @ApiProperty() @IsText() note!: string;
}

export class SummaryDto {
  @ApiProperty() @IsText() summary!: string;
}

export class ReasonDto {
  @ApiProperty() @IsText() reason!: string;
}

export class FilingDto {
  @ApiProperty({ description: 'whole yen' }) @IsYen() requestedAmount!: number;
  @ApiProperty({ type: [ExpenseLineDto] }) @AreEach(() => ExpenseLineDto) plannedExpenses!: ExpenseLineDto[];
  @ApiProperty({ description: 'kinds of document attached' }) @AreDocumentKinds() documents!: DocumentKind[];
}

export class ReturnDto {
  @ApiProperty() @IsText() reason!: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD; the program rule applies when absent' })
  @IsOptional()
  @IsIsoDate()
  dueOn: string | null = null;
}

export class AssignReviewerDto {
  @ApiProperty() @IsUUID('all', { message: 'reviewerId must be a user id (UUID)' }) reviewerId!: string;
}

export class ReviewDto {
  @ApiProperty({ type: [ReviewScoreDto] }) @AreEach(() => ReviewScoreDto, 50) scores!: ReviewScoreDto[];
  @ApiProperty() @ValidateIf((_, value) => value !== '') @IsText() comment!: string;
}

export class GrantDecisionDto {
  @ApiProperty() @IsYen() amount!: number;
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'conditions must be a list' })
  @ArrayMaxSize(50)
  @IsText(2000, { each: true })
  conditions!: string[];
  @ApiProperty({ example: '一協第12号' }) @IsText(100) noticeNumber!: string;
}

export class RejectionDto {
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'reasons must be a list' })
  @ArrayMaxSize(50)
  @IsText(2000, { each: true })
  reasons!: string[];
  @ApiProperty() @IsText(100) noticeNumber!: string;
}

export class AmountDto {
  @ApiProperty({ description: 'whole yen' }) @IsYen() amount!: number;
}

export class PlanChangeDto {
  @ApiProperty() @IsText() description!: string;
  @ApiProperty({ type: [ExpenseLineDto] }) @AreEach(() => ExpenseLineDto) plannedExpenses!: ExpenseLineDto[];
  @ApiProperty() @IsYen() requestedAmount!: number;
  @ApiProperty() @AreDocumentKinds() documents!: DocumentKind[];
}

export class ChangeApprovalDto {
  @ApiProperty() @IsYen() amount!: number;
  @ApiProperty() @IsText(100) noticeNumber!: string;
}

export class NoticeNumberDto {
  @ApiProperty() @IsText(100) noticeNumber!: string;
}

export class RevocationDto {
  @ApiProperty() @IsText() reason!: string;
  @ApiProperty() @IsText(100) noticeNumber!: string;
  @ApiPropertyOptional({ description: 'number of the 返還命令; required when money was paid' })
  @IsOptional()
  @IsText(100)
  refundOrderNumber: string | null = null;
}

export class CompletionDto {
  @ApiProperty({ example: '2025-11-30' }) @IsIsoDate() completedOn!: string;
}

export class ReportDto {
  @ApiProperty({ type: [ExpenseLineDto] }) @AreEach(() => ExpenseLineDto) actualExpenses!: ExpenseLineDto[];
  @ApiProperty() @AreDocumentKinds() documents!: DocumentKind[];
  @ApiProperty() @ValidateIf((_, value) => value !== '') @IsText() outcomes!: string;
}

export class ConfirmationDto {
  @ApiProperty() @IsText(100) noticeNumber!: string;
  @ApiPropertyOptional({ description: 'lower than the computed amount only with reason; null: the computed one' })
  @IsOptional()
  @IsYen()
  amount: number | null = null;
  @ApiPropertyOptional({ description: 'number of the 返還命令, when the amount falls below what was paid' })
  @IsOptional()
  @IsText(100)
  refundOrderNumber: string | null = null;
}
