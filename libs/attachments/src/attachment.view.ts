import { formatEraDate, type IsoDate, tokyoDateOf } from '#libs/calendar';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '#libs/programs';
import type { AttachmentEntity } from '#libs/persistence';

/** An attachment as the API shows it: what it is, which version, and whether a newer one replaced it. */
export interface AttachmentView {
  id: string;
  caseId: string;
  documentKind: DocumentKind;
  /** e.g. 交付申請書. */
  documentKindJa: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  /** SHA-256 of the content, lower-case hex. */
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  /** The upload's date in Asia/Tokyo, and in the era form (令和7年5月1日). */
  uploadedOn: IsoDate;
  uploadedOnJa: string;
  /** The older version this one replaces. */
  supersedes: string | null;
  /** A newer version replaced this one; it stays downloadable. */
  superseded: boolean;
  supersededBy: string | null;
}

export function toAttachmentView(row: AttachmentEntity, supersededBy: string | null): AttachmentView {
  const documentKind = row.documentKind as DocumentKind;
  const uploadedOn = tokyoDateOf(row.uploadedAt);
  return {
    id: row.id,
    caseId: row.caseId,
    documentKind,
    documentKindJa: DOCUMENT_KIND_LABELS[documentKind] ?? documentKind,
    originalName: row.originalName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedOn,
    uploadedOnJa: formatEraDate(uploadedOn),
    supersedes: row.supersedesId,
    superseded: supersededBy !== null,
    supersededBy,
  };
}
