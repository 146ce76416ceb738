import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import type { PaymentKind } from '#libs/lifecycle';
import { inJapanese } from '../../errors/validation-problems.js';
import { ExpenseLineDto, ReviewScoreDto } from './expense-line.dto.js';
import { AreEach, IsIsoDate, IsText, IsYen } from './field-validators.js';

/*
 * The body of each event a client sends to POST /cases/{id}/events, besides `type`; each field
 * is described in Japanese, then English. Figures the server derives (the documents the case
 * holds, the remaining multi-year cap, a reviewer's organizations, refund due dates) are never
 * taken from the client. `case-event-bodies.contract.ts` checks these against the lifecycle's
 * own event types at compile time.
 */

export class NoBodyDto {}

export class NoteDto {
  @ApiProperty({ description: '相談記録の内容 / what was said or done in the consultation' }) @IsText() note!: string;
}

export class SummaryDto {
  @ApiProperty({ description: '相談の結果のまとめ / the summary that concludes the consultation' }) @IsText() summary!: string;
}

export class ReasonDto {
  @ApiProperty({ description: '理由 / the reason, in words the other side will read' }) @IsText() reason!: string;
}

export class FilingDto {
  @ApiProperty({ example: 60000, description: '申請額（円） / the amount asked for, whole yen' }) @IsYen() requestedAmount!: number;
  @ApiProperty({ type: [ExpenseLineDto], description: '予定経費（収支予算書の支出） / planned expenses by category' })
  @AreEach(() => ExpenseLineDto)
  plannedExpenses!: ExpenseLineDto[];
}

export class ReturnDto {
  @ApiProperty({ description: '差戻しの理由：直してほしい点 / what to correct' }) @IsText() reason!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2025-06-13',
    description: '直しの期限（YYYY-MM-DD、明日以降）。省略すると制度の規定の日数 / due date of the correction (after today); the program rule applies when absent',
  })
  @IsOptional()
  @IsIsoDate()
  dueOn: string | null = null;
}

export class AssignReviewerDto {
  @ApiProperty({ format: 'uuid', description: '審査員の利用者ID（GET /directory/users?role=reviewer） / the reviewer’s user id' })
  @IsUUID('all', { message: 'reviewerId must be a user id (UUID)', ...inJapanese((field) => `${field}の指定が正しくありません。`) })
  reviewerId!: string;
}

export class ReviewDto {
  @ApiProperty({ type: [ReviewScoreDto], description: '評価項目ごとの評点 / a score per criterion' }) @AreEach(() => ReviewScoreDto, 50) scores!: ReviewScoreDto[];
  @ApiProperty({ description: '講評（空でもよい） / the reviewer’s comment, may be empty' })
  @ValidateIf((_, value) => value !== '')
  @IsText()
  comment!: string;
}

export class GrantDecisionDto {
  @ApiProperty({ example: 60000, description: '交付決定額（円）。申請額より少なくすると修正交付決定 / the amount granted; less than asked is a 修正交付決定' })
  @IsYen()
  amount!: number;
  @ApiProperty({ type: [String], description: '交付条件 / conditions attached to the grant' })
  @IsArray({ message: 'conditions must be a list', ...inJapanese((field) => `${field}は一覧の形で送ってください。`) })
  @ArrayMaxSize(50)
  @IsText(2000, { each: true })
  conditions!: string[];
  @ApiProperty({ example: '一協第12号', description: '交付決定通知書の番号 / the number of the notice of decision' }) @IsText(100) noticeNumber!: string;
}

export class RejectionDto {
  @ApiProperty({ type: [String], description: '不交付の理由 / the reasons of the rejection' })
  @IsArray({ message: 'reasons must be a list', ...inJapanese((field) => `${field}は一覧の形で送ってください。`) })
  @ArrayMaxSize(50)
  @IsText(2000, { each: true })
  reasons!: string[];
  @ApiProperty({ description: '不交付決定通知書の番号 / the number of the notice' }) @IsText(100) noticeNumber!: string;
}

export class AdvanceRequestDto {
  @ApiProperty({ example: 30000, description: '請求する前金の額（円） / the advance asked for, whole yen' }) @IsYen() amount!: number;
}

const PAYMENT_KINDS: PaymentKind[] = ['prepayment', 'estimatedPayment', 'finalPayment'];

export class PaymentDto {
  @ApiProperty({ example: 30000, description: '支払った額（円） / the amount paid, whole yen' }) @IsYen() amount!: number;
  @ApiProperty({
    example: '2025-06-10',
    description: '支払日（YYYY-MM-DD）：今日より後、交付決定日より前は不可 / the day the money left the city’s account: not after today, not before the decision',
  })
  @IsIsoDate()
  paidOn!: string;
  @ApiProperty({
    enum: PAYMENT_KINDS,
    description: '支払の種類：前金払（prepayment）、概算払（estimatedPayment）、額の確定後の精算払（finalPayment） / how the money was paid',
  })
  @IsIn(PAYMENT_KINDS, { message: `kind must be one of ${PAYMENT_KINDS.join(', ')}`, ...inJapanese((field) => `${field}は前金払・概算払・精算払のいずれかにしてください。`) })
  kind!: PaymentKind;
}

export class RefundDto {
  @ApiProperty({ example: 8000, description: '収納した返還金の額（円） / the amount repaid, whole yen' }) @IsYen() amount!: number;
  @ApiProperty({
    example: '2025-10-11',
    description: '収納日（YYYY-MM-DD）：加算金・延滞金はこの日まで数える / the day the refund reached the city; interest runs until it',
  })
  @IsIsoDate()
  refundedOn!: string;
}

export class PlanChangeDto {
  @ApiProperty({ description: '変更の内容と理由 / what changes and why' }) @IsText() description!: string;
  @ApiProperty({ type: [ExpenseLineDto], description: '変更後の予定経費 / the planned expenses as they would become' })
  @AreEach(() => ExpenseLineDto)
  plannedExpenses!: ExpenseLineDto[];
  @ApiProperty({ description: '変更後の申請額（円） / the amount asked for after the change' }) @IsYen() requestedAmount!: number;
}

export class ChangeApprovalDto {
  @ApiProperty({ description: '変更後の交付決定額（円） / the amount granted after the change' }) @IsYen() amount!: number;
  @ApiProperty({ description: '変更承認通知書の番号 / the number of the notice' }) @IsText(100) noticeNumber!: string;
}

export class NoticeNumberDto {
  @ApiProperty({ description: '通知書の番号 / the number of the notice' }) @IsText(100) noticeNumber!: string;
}

export class RevocationDto {
  @ApiProperty({ description: '取消の理由 / the reason of the revocation' }) @IsText() reason!: string;
  @ApiProperty({ description: '交付決定取消通知書の番号 / the number of the notice' }) @IsText(100) noticeNumber!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '返還命令の番号：支払済みの額があるときは必須 / number of the 返還命令; required when money was paid',
  })
  @IsOptional()
  @IsText(100)
  refundOrderNumber: string | null = null;
}

export class CompletionDto {
  @ApiProperty({
    example: '2025-11-30',
    description: '事業完了日（YYYY-MM-DD）：今日より後、交付決定日より前は不可 / the day the project was completed: not in the future, not before the decision',
  })
  @IsIsoDate()
  completedOn!: string;
}

export class ReportDto {
  @ApiProperty({ type: [ExpenseLineDto], description: '実績経費（収支決算書の支出） / actual expenses by category' })
  @AreEach(() => ExpenseLineDto)
  actualExpenses!: ExpenseLineDto[];
  @ApiProperty({ description: '事業の成果（空でもよい） / what the project achieved, may be empty' })
  @ValidateIf((_, value) => value !== '')
  @IsText()
  outcomes!: string;
}

export class ConfirmationDto {
  @ApiProperty({ description: '額の確定通知書の番号 / the number of the notice' }) @IsText(100) noticeNumber!: string;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: '確定額（円）：規則で計算した額より少なくするときだけ。省略すると計算した額 / lower than the computed amount only with reason; null: the computed one',
  })
  @IsOptional()
  @IsYen()
  amount: number | null = null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '返還命令の番号：確定額が支払済みの額を下回るときは必須 / number of the 返還命令, when the amount falls below what was paid',
  })
  @IsOptional()
  @IsText(100)
  refundOrderNumber: string | null = null;
}
