import { ApiProperty } from '@nestjs/swagger';
import type { CasePage, CaseSummary } from '#libs/cases';
import { CaseStateDto } from './case-view.dto.js';

class CaseSummaryOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
  @ApiProperty({ example: '舞川', description: '地区: the area it serves' }) area!: string;
}

class CaseSummaryDeadlineDto {
  @ApiProperty({ example: 'decisionDue', description: 'the deadline kind (decisionDue, reportDue, …), as in the case view' }) kind!: string;
  @ApiProperty({ example: '2025-06-11', format: 'date', description: 'the due date (Asia/Tokyo)' }) dueOn!: string;
  @ApiProperty({ example: 3, description: 'calendar days left (Asia/Tokyo), as the case view counts them; negative once passed' }) daysLeft!: number;
}

class CaseSummaryAmountsDto {
  @ApiProperty({ type: Number, nullable: true }) requested!: number | null;
  @ApiProperty({ type: Number, nullable: true }) decided!: number | null;
  @ApiProperty({ type: Number, nullable: true }) confirmed!: number | null;
}

export class CaseSummaryDto implements CaseSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'R7-協働支援-0012' }) caseNumber!: string | null;
  @ApiProperty({ example: '協働支援' }) programCode!: string;
  @ApiProperty({ example: '地域協働体支援事業補助金', description: "the program's Japanese name, in the version the case runs under" }) programName!: string;
  @ApiProperty({ type: CaseSummaryOrganizationDto }) organization!: CaseSummaryOrganizationDto;
  @ApiProperty({ example: 2025 }) fiscalYear!: number;
  @ApiProperty({ type: CaseStateDto }) state!: CaseStateDto;
  @ApiProperty({ type: CaseSummaryAmountsDto }) amounts!: CaseSummaryAmountsDto;
  @ApiProperty({ description: 'a deadline of the case has passed unmet' }) overdue!: boolean;
  @ApiProperty({ type: CaseSummaryDeadlineDto, nullable: true, description: 'the pending deadline due first; null when none is open' })
  nextDeadline!: CaseSummaryDeadlineDto | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CasePageDto implements CasePage {
  @ApiProperty({ type: [CaseSummaryDto] }) items!: CaseSummaryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last one' }) nextCursor!: string | null;
}
