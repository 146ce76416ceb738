import type { IsoDate } from '#libs/calendar';
import type { CaseRole, DeadlineKind } from '#libs/lifecycle';

/** A deadline with what its messages say and whom they may go to, read when a job fires. */
export interface ReminderContext {
  deadlineId: string;
  tenantId: string;
  tenantName: string;
  caseId: string;
  caseNumber: string | null;
  kind: DeadlineKind;
  subject: string;
  dueOn: IsoDate;
  dueAt: Date;
  status: 'pending' | 'cleared';
  remindRoles: CaseRole[];
  escalateTo: CaseRole | null;
  organizationId: string;
  organizationName: string;
  organizationArea: string;
  programName: string;
  /** Reviewers assigned to the case, as visibility needs them. */
  assignedReviewerIds: string[];
}
