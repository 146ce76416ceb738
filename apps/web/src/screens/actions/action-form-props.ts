import type { components } from '../../../../../libs/api-client/src/index.js';

export type CaseView = components['schemas']['CaseViewDto'];
export type ProgramTerms = components['schemas']['ProgramTermsDto'];
export type Attachment = components['schemas']['AttachmentResponseDto'];
export type ExpenseLine = components['schemas']['ExpenseLineDto'];

/** What every action form is given: the case as read, its program's terms, its papers, the plan as last filed or changed. */
export interface ActionFormProps {
  view: CaseView;
  program: ProgramTerms;
  attachments: Attachment[];
  plannedLines: ExpenseLine[];
  /** The last performance report, when one was filed (and returned): a new report starts from it. */
  reportedLines: ExpenseLine[] | null;
  /** Where this form's draft is kept on the device. */
  draftKey: string;
}
