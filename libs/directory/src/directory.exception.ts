import { CodedException } from '#libs/errors';

export enum DirectoryErrorCode {
  /** The caller's role does not read this directory: 403, `allowedRoles` names who does. */
  Forbidden = 'DIRECTORY_FORBIDDEN',
}

/** A refusal of the directories (programs, staff, organizations). */
export class DirectoryException extends CodedException<DirectoryErrorCode> {}
