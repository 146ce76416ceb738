import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '#libs/accounts';
import { type CaseExpensesView, type CasePaymentsView, type ConsultationNoteView, ReadCaseLedgers, type ReviewView } from '#libs/cases';
import { uuidParam } from '../pipes/uuid-param.pipe.js';
import { CaseExpensesResponseDto } from './dto/ledgers/case-expenses-response.dto.js';
import { CasePaymentsResponseDto } from './dto/ledgers/case-payments-response.dto.js';
import { ConsultationNoteResponseDto } from './dto/ledgers/consultation-note-response.dto.js';
import { ReviewResponseDto } from './dto/ledgers/review-response.dto.js';

const caseId = uuidParam('id', 'a case id');
const NOT_VISIBLE = "CASE_NOT_FOUND: no such case, or one you may not see (another organization's or municipality's)";
const ADMINISTRATORS = 'CASE_FORBIDDEN: administrators see no cases (allowedRoles lists who does); CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)';

/**
 * The case's records as tables, written by the events that carry them. Whoever may see the
 * case (applicants their organizations', officers, assigned reviewers once they declared they
 * have no conflict of interest, approvers, finance) reads its expenses, payments and notes;
 * reviews are limited further (see that route).
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id')
export class CaseLedgersController {
  constructor(private readonly ledgers: ReadCaseLedgers) {}

  @Get('expenses')
  @ApiOperation({
    summary: 'Expense lines: the plan in force (収支予算書) and the latest report (収支決算書) with totals by category, and every earlier revision',
    description: 'Every SUBMIT, RESUBMIT, NOTIFY_MINOR_CHANGE, APPROVE_CHANGE and SUBMIT_REPORT writes a new revision; none is ever changed. Anyone who sees the case reads them.',
  })
  @ApiOkResponse({ type: CaseExpensesResponseDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiForbiddenResponse({ description: ADMINISTRATORS })
  expenses(@CurrentUser() user: AuthenticatedUser, @Param('id', caseId) id: string): Promise<CaseExpensesView> {
    return this.ledgers.expenses(user, id);
  }

  @Get('payments')
  @ApiOperation({
    summary: 'Payments (前金払, 精算払) and refunds (返還), their totals and the balance (paid − refunded), beside the decided and confirmed amounts',
    description: 'Anyone who sees the case reads them.',
  })
  @ApiOkResponse({ type: CasePaymentsResponseDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiForbiddenResponse({ description: ADMINISTRATORS })
  payments(@CurrentUser() user: AuthenticatedUser, @Param('id', caseId) id: string): Promise<CasePaymentsView> {
    return this.ledgers.payments(user, id);
  }

  @Get('notes')
  @ApiOperation({
    summary: 'Consultation notes (相談記録) and the summary that concluded the consultation, oldest first',
    description: 'Anyone who sees the case reads them.',
  })
  @ApiOkResponse({ type: [ConsultationNoteResponseDto] })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiForbiddenResponse({ description: ADMINISTRATORS })
  notes(@CurrentUser() user: AuthenticatedUser, @Param('id', caseId) id: string): Promise<ConsultationNoteView[]> {
    return this.ledgers.notes(user, id);
  }

  @Get('reviews')
  @ApiOperation({
    summary: 'Reviews (審査: scores per criterion, comment) and conflict declarations (利益相反): officers and approvers read all, a reviewer only their own; applicants and finance none (403)',
    description:
      'Visibility of the case comes first (404 as for any read). Then: officers run the review and approvers decide on it, so they read every review; ' +
      'a reviewer reads only their own, so that no score leans on another (a reviewer who declared a conflict is no longer assigned and no longer sees the case); ' +
      "the applicant never reads reviewers' scores, comments or declarations, and finance has no use for them: both get 403 with allowedRoles.",
  })
  @ApiOkResponse({ type: [ReviewResponseDto] })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiForbiddenResponse({ description: 'CASE_FORBIDDEN: your role does not read reviews; allowedRoles: officer, reviewer, approver; CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT)' })
  reviews(@CurrentUser() user: AuthenticatedUser, @Param('id', caseId) id: string): Promise<ReviewView[]> {
    return this.ledgers.reviews(user, id);
  }
}
