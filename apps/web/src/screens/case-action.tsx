import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { CASE_EVENT_LABELS } from '../../../../libs/lifecycle/src/case-event-labels.js';
import type { CaseEventType } from '../../../../libs/lifecycle/src/case-event.js';
import { loadCase } from '../api/load-case.js';
import { loadFormRecords } from '../api/load-case-for-form.js';
import { isStaff, type Role } from '../api/roles.js';
import { useLoad } from '../api/use-load.js';
import { linkStyle } from '../components/button.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { texts } from '../texts.js';
import type { ActionFormProps } from './actions/action-form-props.js';
import { AdvanceForm } from './actions/advance-form.js';
import { AnnouncementForm } from './actions/announcement-form.js';
import { ChangeForm } from './actions/change-form.js';
import { CompletionForm } from './actions/completion-form.js';
import { NoteForm } from './actions/note-form.js';
import { ReasonForm } from './actions/reason-form.js';
import { ReportForm } from './actions/report-form.js';
import { AcceptForm } from './staff/actions/accept-form.js';
import { AssignReviewerForm } from './staff/actions/assign-reviewer-form.js';
import { ChangeApprovalForm } from './staff/actions/change-approval-form.js';
import { ConcludeForm } from './staff/actions/conclude-form.js';
import { ConfirmForm } from './staff/actions/confirm-form.js';
import { DiscontinueApprovalForm } from './staff/actions/discontinue-approval-form.js';
import { GrantForm } from './staff/actions/grant-form.js';
import { PaymentForm } from './staff/actions/payment-form.js';
import { RefundForm } from './staff/actions/refund-form.js';
import { RejectForm } from './staff/actions/reject-form.js';
import { ReturnForm } from './staff/actions/return-form.js';
import { ReviewForm } from './staff/actions/review-form.js';
import { RevokeForm } from './staff/actions/revoke-form.js';
import { StaffReasonForm } from './staff/actions/staff-reason-form.js';
import { ConflictGate } from './staff/conflict-gate.js';

type ActionForms = Partial<Record<CaseEventType, (props: ActionFormProps) => ReactNode>>;
type DeclarationProps = Pick<ActionFormProps, 'view' | 'draftKey'>;

/**
 * A reviewer's declaration of conflicts (利益相反): what they open before the application is
 * shown to them, so given the case alone. "None" then opens the case, with the application.
 */
const DECLARATION_FORMS: Partial<Record<CaseEventType, (props: DeclarationProps) => ReactNode>> = {
  AFFIRM_NO_CONFLICT: ({ view }) => <ConflictGate view={view} pageTitle={texts.staff.conflictGate.pageTitle} then={`/cases/${view.id}`} />,
  DECLARE_CONFLICT: (props) => <StaffReasonForm type="DECLARE_CONFLICT" {...props} />,
};

/** The applicant's action forms by event; SUBMIT and RESUBMIT have the application form of their own. */
const APPLICANT_FORMS: ActionForms = {
  ADD_NOTE: (props) => <NoteForm {...props} />,
  CLOSE_WITHOUT_APPLICATION: (props) => <ReasonForm type="CLOSE_WITHOUT_APPLICATION" {...props} />,
  START_APPLICATION: (props) => <AnnouncementForm type="START_APPLICATION" {...props} />,
  WITHDRAW: (props) => <ReasonForm type="WITHDRAW" {...props} />,
  START_PROJECT: (props) => <AnnouncementForm type="START_PROJECT" {...props} />,
  REQUEST_ADVANCE: (props) => <AdvanceForm {...props} />,
  REQUEST_CHANGE: (props) => <ChangeForm type="REQUEST_CHANGE" {...props} />,
  NOTIFY_MINOR_CHANGE: (props) => <ChangeForm type="NOTIFY_MINOR_CHANGE" {...props} />,
  REQUEST_DISCONTINUE: (props) => <ReasonForm type="REQUEST_DISCONTINUE" {...props} />,
  COMPLETE_PROJECT: (props) => <CompletionForm {...props} />,
  SUBMIT_REPORT: (props) => <ReportForm {...props} />,
};

/** The staff's action forms by event, in the words of their work. */
const STAFF_FORMS: ActionForms = {
  ADD_NOTE: (props) => <NoteForm words={texts.staff.actions.ADD_NOTE} {...props} />,
  CONCLUDE_CONSULTATION: (props) => <ConcludeForm {...props} />,
  ACCEPT: (props) => <AcceptForm {...props} />,
  RETURN_FOR_CORRECTION: (props) => <ReturnForm type="RETURN_FOR_CORRECTION" {...props} />,
  RETURN_REPORT: (props) => <ReturnForm type="RETURN_REPORT" {...props} />,
  ASSIGN_REVIEWER: (props) => <AssignReviewerForm {...props} />,
  ...DECLARATION_FORMS,
  SUBMIT_REVIEW: (props) => <ReviewForm {...props} />,
  DECIDE_GRANT: (props) => <GrantForm {...props} />,
  DECIDE_REJECT: (props) => <RejectForm {...props} />,
  CONFIRM_AMOUNT: (props) => <ConfirmForm {...props} />,
  RECORD_PAYMENT: (props) => <PaymentForm {...props} />,
  RECORD_REFUND: (props) => <RefundForm {...props} />,
  APPROVE_CHANGE: (props) => <ChangeApprovalForm {...props} />,
  REJECT_CHANGE: (props) => <StaffReasonForm type="REJECT_CHANGE" {...props} />,
  APPROVE_DISCONTINUE: (props) => <DiscontinueApprovalForm {...props} />,
  REJECT_DISCONTINUE: (props) => <StaffReasonForm type="REJECT_DISCONTINUE" {...props} />,
  REVOKE: (props) => <RevokeForm {...props} />,
};

const formsOf = (role: Role): ActionForms => (isStaff(role) ? STAFF_FORMS : APPLICANT_FORMS);

/** Where a case's page sends this person for one of its actions; null when the web app has no form for it yet. */
export function actionPath(caseId: string, type: CaseEventType, role: Role): string | null {
  if (!isStaff(role) && (type === 'SUBMIT' || type === 'RESUBMIT')) return `/cases/${caseId}/application`;
  return formsOf(role)[type] ? `/cases/${caseId}/actions/${type}` : null;
}

/**
 * One action of a case: its form, when the case takes it from this person now. A reviewer who
 * has yet to declare whether they have a conflict of interest gets the declaration instead (the
 * API withholds what the forms read); once declared, the screen is read again (`key`).
 */
export function CaseAction({ role }: { role: Role }) {
  const { id = '', type = '' } = useParams();
  const { key } = useLocation();
  const loaded = useLoad(
    () =>
      loadCase(id, role, async () => {
        const { program, attachments, expenses } = await loadFormRecords(id);
        const linesOf = (revision: typeof expenses.planned) => (revision?.lines ?? []).map(({ category, amount }) => ({ category, amount }));
        return { program, attachments, plannedLines: linesOf(expenses.planned), reportedLines: expenses.actual && linesOf(expenses.actual) };
      }),
    [id, role, key],
  );
  if (loaded.status === 'loading') return <p role="status">{texts.loading}</p>;
  if (loaded.status === 'failed') return <Refusal error={loaded.error} />;
  const { view, records } = loaded.data;
  const draftKey = `grants.actionDraft.${id}.${type}`;
  const notAvailable = (
    <>
      <PageTitle title={view.program.nameJa}>{view.program.nameJa}</PageTitle>
      <p className="text-std-16N-170">{texts.actions.notAvailable}</p>
      <Link to={`/cases/${id}`} className={linkStyle}>
        {texts.actions.back}
      </Link>
    </>
  );
  if (!records) {
    if (!view.availableEvents.includes('AFFIRM_NO_CONFLICT')) return notAvailable;
    const declaration = DECLARATION_FORMS[type as CaseEventType];
    // Any other act of theirs (the review) waits behind the declaration, on its own screen.
    return declaration ? declaration({ view, draftKey }) : <ConflictGate view={view} pageTitle={CASE_EVENT_LABELS[type as CaseEventType]?.ja ?? texts.staff.conflictGate.pageTitle} />;
  }
  const form = formsOf(role)[type as CaseEventType];
  if (!form || !view.availableEvents.includes(type as CaseEventType)) return notAvailable;
  return form({ view, ...records, draftKey });
}
