import type { CaseRole } from '#libs/lifecycle';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';

/** 地域担当職員: only officers are scoped to areas; for any other role the list would mean nothing. */
export function requireLiaisonAreasFit(role: CaseRole, liaisonAreas: readonly string[] | undefined): void {
  if (liaisonAreas !== undefined && liaisonAreas.length > 0 && role !== 'officer') {
    throw new AdministrationException(
      AdministrationErrorCode.LiaisonAreasForOfficersOnly,
      `liaisonAreas may be set for officers only; the user's role is ${role}`,
      { field: 'liaisonAreas' },
    );
  }
}
