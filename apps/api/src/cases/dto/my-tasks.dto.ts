import { ApiProperty } from '@nestjs/swagger';
import type { MyTasksView, TaskView } from '#libs/cases';
import { CASE_EVENT_TYPES, type CaseEventType, TASK_LABELS, type TaskKind } from '#libs/lifecycle';
import { ActionProblemDto, BilingualTextDto, CaseStateDto } from './case-view.dto.js';

class TaskEventDto {
  @ApiProperty({ enum: CASE_EVENT_TYPES }) type!: CaseEventType;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
}

class TaskCaseOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
}

class TaskCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'R7-協働支援-0012' }) caseNumber!: string | null;
  @ApiProperty({ example: '協働支援' }) programCode!: string;
  @ApiProperty({ example: '地域協働体支援事業補助金' }) programNameJa!: string;
  @ApiProperty({ type: TaskCaseOrganizationDto }) organization!: TaskCaseOrganizationDto;
  @ApiProperty({ type: CaseStateDto }) state!: CaseStateDto;
}

class TaskDueDto {
  @ApiProperty({ example: 'decisionDue' }) kind!: string;
  @ApiProperty({ example: '2025-06-11' }) dueOn!: string;
  @ApiProperty({ example: '令和7年6月11日' }) dueOnJa!: string;
  @ApiProperty({ example: 3, description: 'negative once passed' }) daysLeft!: number;
}

export class TaskDto implements TaskView {
  @ApiProperty({ enum: Object.keys(TASK_LABELS) }) kind!: TaskKind;
  @ApiProperty({ type: BilingualTextDto, description: 'すること / what to do' }) label!: BilingualTextDto;
  @ApiProperty({ type: TaskEventDto, nullable: true, description: 'それを行うイベント（確認だけのときは null） / the event that does it; null for a follow-up' })
  event!: TaskEventDto | null;
  @ApiProperty({ type: TaskCaseDto }) case!: TaskCaseDto;
  @ApiProperty({ type: TaskDueDto, nullable: true }) due!: TaskDueDto | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [ActionProblemDto], description: '今それを止めている理由（書類の不足など） / what stops the event now' }) blockers!: ActionProblemDto[];
}

export class MyTasksDto implements MyTasksView {
  @ApiProperty({ example: '2025-06-08', description: 'the Tokyo date the list is for' }) asOf!: string;
  @ApiProperty({ type: [TaskDto], description: '期限切れ、期限の近い順、待たせている順 / overdue first, then by due date, then the longest waiting' })
  items!: TaskDto[];
  @ApiProperty({ description: 'more cases than one list reads: only the oldest were read' }) truncated!: boolean;
}
