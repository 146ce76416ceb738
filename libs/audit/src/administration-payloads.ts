/** Before and after of the fields a change touched; a field that kept its value is in neither. */
export interface FieldChanges<Fields> {
  before: Partial<Fields>;
  after: Partial<Fields>;
}

export interface OrganizationRecord {
  name: string;
  type: string;
  area: string;
  population: number | null;
}

/** An account as the trail keeps it: never a password or its hash. */
export interface UserRecord {
  email: string;
  displayName: string;
  role: string;
  liaisonAreas: string[];
}

export interface ProgramVersionRecord {
  version: number;
  /** The whole Program as stored in program_version.definition. */
  definition: object;
}

/**
 * The payload of each administration action: what changed, so that the trail alone says
 * what the municipality's settings were at any point. The subject (which program, user …)
 * is the entry's subject_id, not repeated here.
 */
export interface AdministrationPayloads {
  'program.created': { after: ProgramVersionRecord };
  'program.versionAdded': { before: { latestVersion: number }; after: ProgramVersionRecord };
  'organization.created': { after: OrganizationRecord };
  'organization.updated': FieldChanges<Pick<OrganizationRecord, 'name' | 'area' | 'population'>>;
  'organization.memberAdded': { userId: string };
  'organization.memberRemoved': { userId: string };
  'user.created': { after: UserRecord };
  /** A new role also ends the user's tokens; the role's before and after say so. */
  'user.updated': FieldChanges<Pick<UserRecord, 'displayName' | 'role' | 'liaisonAreas'>>;
  'user.signedOut': Record<string, never>;
  /** Never the password, nor its hash: only that it was reset. */
  'user.passwordReset': Record<string, never>;
  /** `before` is null for a new closed day, the old reason when one is given a new reason. */
  'closedDay.added': { before: { reason: string } | null; after: { reason: string } };
  'closedDay.removed': { before: { reason: string } };
}
