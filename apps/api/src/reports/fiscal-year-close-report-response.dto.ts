import { ApiProperty } from '@nestjs/swagger';
import type { FiscalYearCloseProgramCount, FiscalYearCloseReport, FiscalYearCloseStateCount } from '#libs/reminders';

export class FiscalYearCloseStateCountDto implements FiscalYearCloseStateCount {
  @ApiProperty({ example: 'grant.inProgress' })
  state!: FiscalYearCloseStateCount['state'];

  @ApiProperty({ example: '事業実施中' })
  stateJa!: string;

  @ApiProperty({ example: 1 })
  count!: number;
}

export class FiscalYearCloseProgramCountDto implements FiscalYearCloseProgramCount {
  @ApiProperty({ example: '協働支援' })
  programCode!: string;

  @ApiProperty({ example: '地域協働体支援事業補助金' })
  programName!: string;

  @ApiProperty({ example: 2 })
  count!: number;

  @ApiProperty({ type: [FiscalYearCloseStateCountDto], description: 'in lifecycle order' })
  byState!: FiscalYearCloseStateCountDto[];
}

export class FiscalYearCloseCaseDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ nullable: true, type: String, example: 'R7-協働支援-0012', description: 'null before 受理' })
  caseNumber!: string | null;

  @ApiProperty({ example: '舞川地区地域協働体' })
  organizationName!: string;

  @ApiProperty({ example: '協働支援' })
  programCode!: string;

  @ApiProperty({ example: '地域協働体支援事業補助金' })
  programName!: string;

  @ApiProperty({ example: 'grant.inProgress' })
  state!: FiscalYearCloseStateCount['state'];

  @ApiProperty({ example: '事業実施中' })
  stateJa!: string;

  @ApiProperty({ nullable: true, type: Number, example: 60000, description: '交付決定額 (as changed), whole yen; null before the decision' })
  decidedAmount!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: '確定額 (額の確定), whole yen; null before it' })
  confirmedAmount!: number | null;

  @ApiProperty({ example: 20000, description: '前金払 and 精算払 paid, whole yen' })
  paidAmount!: number;

  @ApiProperty({ example: 0, description: '返還 received, whole yen' })
  refundedAmount!: number;
}

export class FiscalYearCloseReportDto implements FiscalYearCloseReport {
  @ApiProperty({ example: 2025 })
  fiscalYear!: number;

  @ApiProperty({ example: '令和7年度' })
  fiscalYearLabel!: string;

  @ApiProperty({ format: 'date', example: '2026-05-31', description: '出納閉鎖日: the accounts of the fiscal year close that day' })
  accountsCloseOn!: string;

  @ApiProperty({ example: '令和8年5月31日' })
  accountsCloseOnEra!: string;

  @ApiProperty({ format: 'date', description: 'the Tokyo date the report was made' })
  asOf!: string;

  @ApiProperty({ description: 'calendar days until the close; negative once it has passed' })
  daysUntilClose!: number;

  @ApiProperty({ description: 'cases of the fiscal year you may see that are not in a final state (未精算)' })
  unsettledCount!: number;

  @ApiProperty({ type: [FiscalYearCloseProgramCountDto] })
  byProgram!: FiscalYearCloseProgramCountDto[];

  @ApiProperty({ type: [FiscalYearCloseCaseDto] })
  cases!: FiscalYearCloseCaseDto[];
}
