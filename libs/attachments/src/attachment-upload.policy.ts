import { problem, text } from '#libs/errors';
import type { CaseRecord, CaseUser } from '#libs/cases';
import { CASE_ROLE_LABELS, type CaseRole, restoreSnapshot, rolesText, type StoredCaseSnapshot } from '#libs/lifecycle';
import { DOCUMENT_KIND_LABELS, DOCUMENT_PHASE_LABELS, type DocumentKind, type DocumentPhase, type Program } from '#libs/programs';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception.js';

/**
 * Who files papers: the applicant for their organization, and the officer (a paper filing
 * scanned at the counter). Everyone who sees a case may read its attachments.
 */
const UPLOADER_ROLES: readonly CaseRole[] = ['applicant', 'officer'];

/** The papers a case's program asks for in any phase (申請, 変更, 実績報告). */
function documentKindsOf(program: Program): DocumentKind[] {
  const phases = Object.keys(DOCUMENT_PHASE_LABELS) as DocumentPhase[];
  return [...new Set(phases.flatMap((phase) => program.requiredDocuments[phase]))];
}

/**
 * Refuses an upload to a case the user already sees: a role that never uploads (403), a case
 * that has ended (409), a document kind the program does not ask for (400). Checked before
 * the file is written and again under the case's row lock.
 */
export function assertMayUpload(record: CaseRecord, user: CaseUser, documentKind: DocumentKind): void {
  if (!UPLOADER_ROLES.includes(user.role)) {
    throw new AttachmentException(
      AttachmentErrorCode.Forbidden,
      text(
        `書類を添付できるのは${rolesText(UPLOADER_ROLES).ja}です。${CASE_ROLE_LABELS[user.role].ja}の方は見ることだけができます。`,
        `${user.role} may read attachments but not upload them`,
      ),
      { allowedRoles: UPLOADER_ROLES },
    );
  }
  const { row, program } = record;
  if (restoreSnapshot(row.snapshot as StoredCaseSnapshot, program).status === 'done') {
    throw new AttachmentException(
      AttachmentErrorCode.CaseEnded,
      text('この案件は終了しているため、書類を添付できません。', `case ${row.id} has ended (${row.state}): it takes no more attachments`),
      { state: row.state },
    );
  }
  const kinds = documentKindsOf(program);
  if (!kinds.includes(documentKind)) {
    const listed = kinds.map((kind) => `${kind} (${DOCUMENT_KIND_LABELS[kind]})`).join(', ');
    const wrongKind = problem(
      'documentKind',
      `この制度で添付できる書類の種類は、${kinds.map((kind) => DOCUMENT_KIND_LABELS[kind]).join('、')}です。`,
      `documentKind must be one the program ${program.code} asks for: ${listed} (got ${documentKind})`,
    );
    throw new AttachmentException(AttachmentErrorCode.InvalidDocumentKind, wrongKind.text, { allowedDocumentKinds: kinds }, [wrongKind]);
  }
}
