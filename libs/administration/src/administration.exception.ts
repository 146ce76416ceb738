import { CodedException } from '#libs/errors';

/** What the administration capability refuses; the API maps each code to a status, the message is for people. */
export enum AdministrationErrorCode {
  /** The caller is not an administrator of the municipality: 403. */
  Forbidden = 'ADMIN_FORBIDDEN',
  /** No such program code in the caller's municipality (another municipality's is the same): 404. */
  ProgramNotFound = 'ADMIN_PROGRAM_NOT_FOUND',
  /** No such organization in the caller's municipality: 404. */
  OrganizationNotFound = 'ADMIN_ORGANIZATION_NOT_FOUND',
  /** No such user in the caller's municipality: 404. */
  UserNotFound = 'ADMIN_USER_NOT_FOUND',
  /** The user is not a member of the organization: 404. */
  MembershipNotFound = 'ADMIN_MEMBERSHIP_NOT_FOUND',
  /** A program definition with problems: 400, `problems` lists each, naming its path. */
  InvalidProgram = 'ADMIN_PROGRAM_INVALID',
  /** A new program whose code the municipality already has: 409, `latestVersion` says which version is current. */
  ProgramExists = 'ADMIN_PROGRAM_EXISTS',
  /** A new version whose number is not the latest + 1 (or another admin added it first): 409. */
  ProgramVersionConflict = 'ADMIN_PROGRAM_VERSION_CONFLICT',
  /** Another account of the municipality has this email (any case): 409. */
  EmailTaken = 'ADMIN_EMAIL_TAKEN',
  /** An administrator taking the admin role from their own account: 409. */
  OwnAdminRole = 'ADMIN_OWN_ADMIN_ROLE',
  /** Liaison areas (地域担当) for a user who is not an officer: 400. */
  LiaisonAreasForOfficersOnly = 'ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY',
  /** No such closed day in the caller's municipality: 404. */
  ClosedDayNotFound = 'ADMIN_CLOSED_DAY_NOT_FOUND',
  /** Only applicants and reviewers can be organization members: 422. */
  MemberRoleNotAllowed = 'ADMIN_MEMBER_ROLE_NOT_ALLOWED',
}

/** Every refusal of the administration capability, with what a user needs to act on it. */
export class AdministrationException extends CodedException<AdministrationErrorCode> {}
