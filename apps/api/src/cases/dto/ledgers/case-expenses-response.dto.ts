import { ApiProperty } from '@nestjs/swagger';

export class ExpenseLineResponseDto {
  @ApiProperty({ example: 0, description: "the line's index in the list the event carried" }) position!: number;
  @ApiProperty({ example: '謝金' }) category!: string;
  @ApiProperty({ example: 120000, description: 'whole yen' }) amount!: number;
  @ApiProperty({ description: '補助対象経費: the program covers this category' }) eligible!: boolean;
}

export class ExpenseCategoryTotalResponseDto {
  @ApiProperty({ example: '謝金' }) category!: string;
  @ApiProperty({ example: 120000 }) amount!: number;
  @ApiProperty() eligible!: boolean;
}

export class ExpenseRevisionResponseDto {
  @ApiProperty({ enum: ['planned', 'actual'], description: 'planned: 収支予算書; actual: 収支決算書 (実績報告)' }) phase!: string;
  @ApiProperty({ example: 2, description: '1, 2, 3 … per phase, in the order of the events that wrote them' }) revision!: number;
  @ApiProperty({ example: 'RESUBMIT', enum: ['SUBMIT', 'RESUBMIT', 'NOTIFY_MINOR_CHANGE', 'APPROVE_CHANGE', 'SUBMIT_REPORT'] }) eventType!: string;
  @ApiProperty({ example: 4, description: 'sequence of the audit entry (GET /cases/{id}/history) of that event' }) auditSequence!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ example: '2025-05-14', description: 'Tokyo date' }) recordedOn!: string;
  @ApiProperty({ example: '令和7年5月14日' }) recordedOnJa!: string;
  @ApiProperty({ type: [ExpenseLineResponseDto] }) lines!: ExpenseLineResponseDto[];
  @ApiProperty({ type: [ExpenseCategoryTotalResponseDto], description: 'in the order categories first appear' }) totalsByCategory!: ExpenseCategoryTotalResponseDto[];
  @ApiProperty({ example: 180000 }) total!: number;
  @ApiProperty({ example: 150000, description: 'total of the eligible lines' }) eligibleTotal!: number;
}

export class CaseExpensesResponseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: ExpenseRevisionResponseDto, nullable: true, description: 'the plan in force: the last filing, or the last change approved or notified' })
  planned!: ExpenseRevisionResponseDto | null;
  @ApiProperty({ type: ExpenseRevisionResponseDto, nullable: true, description: 'the latest performance report (実績報告)' })
  actual!: ExpenseRevisionResponseDto | null;
  @ApiProperty({ type: [ExpenseRevisionResponseDto], description: 'revisions superseded by a later one of their phase, oldest first' })
  earlierRevisions!: ExpenseRevisionResponseDto[];
}
