import { CodedException, problem } from '#libs/errors';

/** What the attachments capability refuses; the API maps each code to a status, the message is for people. */
export enum AttachmentErrorCode {
  /** The file is above ATTACHMENT_MAX_BYTES: 413, `maxBytes` says the limit. */
  TooLarge = 'ATTACHMENT_TOO_LARGE',
  /** The declared type is not one of ATTACHMENT_MEDIA_TYPES: 415, `allowedMediaTypes` lists them. */
  UnsupportedMediaType = 'ATTACHMENT_UNSUPPORTED_MEDIA_TYPE',
  /** The content is not what its declared type says (a PNG sent as a PDF): 415. */
  ContentMismatch = 'ATTACHMENT_CONTENT_MISMATCH',
  /** An empty file: 400 naming `file`. */
  EmptyFile = 'ATTACHMENT_EMPTY_FILE',
  /** A document kind the case's program does not ask for: 400 naming `documentKind`. */
  InvalidDocumentKind = 'ATTACHMENT_INVALID_DOCUMENT_KIND',
  /** `supersedes` names no attachment of this case, or one of another kind: 400 naming `supersedes`. */
  InvalidSupersedes = 'ATTACHMENT_INVALID_SUPERSEDES',
  /** `supersedes` names a version that a newer one already replaced: 409, `supersededBy` names it. */
  AlreadySuperseded = 'ATTACHMENT_ALREADY_SUPERSEDED',
  /** The user sees the case but their role may not upload: 403, naming `allowedRoles`. */
  Forbidden = 'ATTACHMENT_FORBIDDEN',
  /** The case has ended (完了, 取下げ, 不交付, 取消): 409 naming its `state`. */
  CaseEnded = 'ATTACHMENT_CASE_ENDED',
  /** No such attachment on this (visible) case: 404. */
  NotFound = 'ATTACHMENT_NOT_FOUND',
}

/** Every refusal of the attachments capability, with what a user needs to act on it. */
export class AttachmentException extends CodedException<AttachmentErrorCode> {
  /** The one wording of the size refusal, whether the upload parser or the store noticed first. */
  static tooLarge(maxBytes: number): AttachmentException {
    const tooLarge = problem(
      'file',
      `ファイルが大きすぎます。${describeBytes(maxBytes)}までのファイルにしてください（写真は画質を下げるか、PDFに変換すると小さくなります）。`,
      `file is larger than the limit of ${describeBytes(maxBytes)} (ATTACHMENT_MAX_BYTES)`,
    );
    return new AttachmentException(AttachmentErrorCode.TooLarge, tooLarge.text, { maxBytes }, [tooLarge]);
  }
}

/** 20971520 → "20 MiB (20,971,520 bytes)"; 1000 → "1,000 bytes". */
function describeBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  const mebibytes = bytes / (1024 * 1024);
  if (Number.isInteger(mebibytes)) return `${mebibytes} MiB (${exact})`;
  const kibibytes = bytes / 1024;
  return Number.isInteger(kibibytes) ? `${kibibytes} KiB (${exact})` : exact;
}
