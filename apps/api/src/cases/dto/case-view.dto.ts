import { ApiProperty } from '@nestjs/swagger';
import type { ActionProblemView, ActionView, AwaitedRoleView, BilingualText, BlockedActionView, CaseView, DeadlineView, ReviewAssignmentView } from '#libs/cases';
import { CASE_EVENT_TYPES, CASE_ROLES, type CaseEventType, type CaseRole, type CaseStateCode, CASE_STATE_LABELS } from '#libs/lifecycle';
import { ExpenseLineDto } from './expense-line.dto.js';

export class BilingualTextDto implements BilingualText {
  @ApiProperty({ example: '申請書の提出' }) ja!: string;
  @ApiProperty({ example: 'submit the application' }) en!: string;
}

export class ActionProblemDto extends BilingualTextDto implements ActionProblemView {
  @ApiProperty({ type: String, nullable: true, example: 'documents', description: 'the field it is about; null for the case as a whole' })
  field!: string | null;
}

export class ActionDto implements ActionView {
  @ApiProperty({ enum: CASE_EVENT_TYPES }) type!: CaseEventType;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({
    type: [ActionProblemDto],
    description: '空なら実行できる。そうでなければ、入力に関係なく今は止まっている理由（書類の不足、募集期間外など） / empty: it can be sent; otherwise what stops it whatever is filled in',
  })
  blockers!: ActionProblemDto[];
}

export class BlockedActionDto implements BlockedActionView {
  @ApiProperty({ enum: CASE_EVENT_TYPES }) type!: CaseEventType;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({ type: [ActionProblemDto], description: 'あなたが行えない理由 / why you cannot (another organization, a review already submitted …)' })
  reasons!: ActionProblemDto[];
}

export class EventLabelDto {
  @ApiProperty({ enum: CASE_EVENT_TYPES }) type!: CaseEventType;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
}

export class AwaitedRoleDto implements AwaitedRoleView {
  @ApiProperty({ enum: CASE_ROLES }) role!: CaseRole;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({ type: [EventLabelDto] }) events!: EventLabelDto[];
}

export class CaseActionsDto {
  @ApiProperty({ type: [ActionDto], description: '今あなたが送れるイベント / the events you may send now' }) available!: ActionDto[];
  @ApiProperty({ type: [BlockedActionDto], description: 'あなたの役割の操作で、今あなたは行えないもの / events of your role you cannot send now' })
  unavailable!: BlockedActionDto[];
  @ApiProperty({ type: [AwaitedRoleDto], description: '案件が待っている人 / whose move the case is waiting for' }) waitingFor!: AwaitedRoleDto[];
}

export class CaseProgramDto {
  @ApiProperty({ example: '協働支援' }) code!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '地域協働体支援事業補助金' }) nameJa!: string;
}

export class CaseOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
  @ApiProperty({ example: '舞川' }) area!: string;
}

export class CaseStateDto {
  @ApiProperty({ enum: Object.keys(CASE_STATE_LABELS) }) code!: CaseStateCode;
  @ApiProperty({ example: '審査中' }) ja!: string;
  @ApiProperty({ example: 'In review' }) en!: string;
}

export class CaseViewAmountsDto {
  @ApiProperty({ type: Number, nullable: true, description: '申請額 (yen)' }) requested!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '交付決定額, as changed (yen)' }) decided!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '確定額 (yen)' }) confirmed!: number | null;
  @ApiProperty({ description: 'paid so far (yen)' }) paid!: number;
  @ApiProperty({ description: 'refunded so far (yen)' }) refunded!: number;
}

export class DeadlineDto implements DeadlineView {
  @ApiProperty({ example: 'correctionDue' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the reviewer a review is due from; null otherwise' }) subject!: string | null;
  @ApiProperty({ example: '2025-05-07' }) dueOn!: string;
  @ApiProperty({ example: '令和7年5月7日' }) dueOnJa!: string;
  @ApiProperty({ example: 5, description: 'calendar days left (Asia/Tokyo); negative once passed' }) daysLeft!: number;
}

export class CorrectionDto {
  @ApiProperty({ enum: ['application', 'report'], description: '申請書の差戻しか、実績報告の差戻しか' }) kind!: 'application' | 'report';
  @ApiProperty({ example: '収支予算書の合計が合っていません', description: '担当職員が書いた理由 / the officer’s reason' }) reason!: string;
  @ApiProperty({ example: '2025-05-12' }) returnedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-05-26' }) dueOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '令和7年5月26日' }) dueOnJa!: string | null;
}

export class PendingChangeDto {
  @ApiProperty({ example: '講師謝礼の増額' }) description!: string;
  @ApiProperty() requestedAmount!: number;
  @ApiProperty({ type: [ExpenseLineDto] }) plannedExpenses!: ExpenseLineDto[];
  @ApiProperty({ example: '2025-06-20' }) requestedOn!: string;
}

export class RefundOwedDto {
  @ApiProperty({ example: '2025-09-10', description: 'the Tokyo date the figures are for (today)' }) asOf!: string;
  @ApiProperty({ example: '2025-10-01', description: '納期限' }) dueOn!: string;
  @ApiProperty({ example: '令和7年10月1日' }) dueOnJa!: string;
  @ApiProperty({ description: '返還額 claimed (yen)' }) principal!: number;
  @ApiProperty({ description: 'of it still unpaid (yen)' }) principalLeft!: number;
  @ApiProperty({ description: '加算金 to date (yen)' }) addition!: number;
  @ApiProperty({ description: '延滞金 to date (yen)' }) delinquency!: number;
  @ApiProperty({ description: 'paid back beyond the principal, towards the charges (yen)' }) chargesPaid!: number;
  @ApiProperty({ description: 'owed today: principalLeft + addition + delinquency − chargesPaid (yen)' }) total!: number;
  @ApiProperty({ type: BilingualTextDto, description: 'どう計算したか / how it was computed' }) computation!: BilingualTextDto;
}

export class AdvanceAvailableDto {
  @ApiProperty({ example: 50000, description: '前金として請求できる上限（交付決定額×制度の割合） / the most that may be asked in advance (yen)' }) limit!: number;
  @ApiProperty({ example: 30000, description: '請求済みの前金 / asked so far (yen)' }) requested!: number;
  @ApiProperty({ example: 20000, description: 'まだ請求できる額 / what is left to ask (yen)' }) left!: number;
}

export class ReviewAssignmentDto implements ReviewAssignmentView {
  @ApiProperty({
    enum: ['owed', 'noConflict'],
    description:
      'owed: 利益相反の有無をまだ申告していない（申告するまで申請の内容は見られない。AFFIRM_NO_CONFLICT か DECLARE_CONFLICT を送る） / ' +
      'you have yet to declare whether you have a conflict of interest, and the application is withheld until you send AFFIRM_NO_CONFLICT or DECLARE_CONFLICT; ' +
      'noConflict: 利益相反なしを申告済み / you declared you have none',
  })
  conflictDeclaration!: 'owed' | 'noConflict';
  @ApiProperty({ description: '審査結果を提出済み / your review is in' }) reviewed!: boolean;
}

/** GET /cases/{id}, and the answer of every event and of POST /cases. */
export class CaseViewDto implements CaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'R7-協働支援-0012', description: '受理で付く案件番号（それまでは null）' }) caseNumber!: string | null;
  @ApiProperty({ example: 3, description: 'the version to send back as If-Match (also the ETag)' }) version!: number;
  @ApiProperty({ type: CaseProgramDto }) program!: CaseProgramDto;
  @ApiProperty({ type: CaseOrganizationDto }) organization!: CaseOrganizationDto;
  @ApiProperty({ example: 2025 }) fiscalYear!: number;
  @ApiProperty({ example: '令和7年度' }) fiscalYearLabel!: string;
  @ApiProperty({ type: CaseStateDto }) state!: CaseStateDto;
  @ApiProperty({ type: CaseViewAmountsDto }) amounts!: CaseViewAmountsDto;
  @ApiProperty({ type: [DeadlineDto], description: 'open deadlines, soonest first' }) deadlines!: DeadlineDto[];
  @ApiProperty({ enum: CASE_EVENT_TYPES, isArray: true, description: 'the types of actions.available' }) availableEvents!: CaseEventType[];
  @ApiProperty({ type: CorrectionDto, nullable: true, description: '差戻しの理由と期限（直しが済むまで） / why it was returned and by when' })
  correction!: CorrectionDto | null;
  @ApiProperty({ type: PendingChangeDto, nullable: true, description: '決裁を待っている変更承認申請 / the change request awaiting a decision' })
  pendingChange!: PendingChangeDto | null;
  @ApiProperty({ type: AdvanceAvailableDto, nullable: true, description: '前金払・概算払：交付決定後、制度が認めるとき / once decided, where the program allows advances' })
  advance!: AdvanceAvailableDto | null;
  @ApiProperty({ type: RefundOwedDto, nullable: true, description: '返還：今日までの額とその内訳 / what is owed on a refund today, and how' })
  refund!: RefundOwedDto | null;
  @ApiProperty({ type: CaseActionsDto }) actions!: CaseActionsDto;
  @ApiProperty({
    type: ReviewAssignmentDto,
    nullable: true,
    description:
      '割り当てられた審査員に、あなたの申告と審査の状況（それ以外の人には null）。申告が済むまでは案件の見出しだけ：金額・差戻し・変更・前金・返還は null、期限はあなたの審査の期限だけで、' +
      '記録（収支・書類・通知書・履歴・相談記録・審査）は 403 CASE_CONFLICT_DECLARATION_OWED / for a reviewer assigned to the case, their declaration and review (null for everyone else). ' +
      "While the declaration is owed only the case's header is shown: amounts, correction, pendingChange, advance and refund are null, deadlines are your review's only, " +
      'and its records (expenses, attachments, notices, history, notes, reviews, payments) answer 403 CASE_CONFLICT_DECLARATION_OWED',
  })
  reviewAssignment!: ReviewAssignmentDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
