import { problem } from '#libs/errors';
import { CASE_ROLE_LABELS, type CaseRole } from '#libs/lifecycle';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';

/** 地域担当職員: only officers are scoped to areas; for any other role the list would mean nothing. */
export function requireLiaisonAreasFit(role: CaseRole, liaisonAreas: readonly string[] | undefined): void {
  if (liaisonAreas !== undefined && liaisonAreas.length > 0 && role !== 'officer') {
    const onlyOfficers = problem(
      'liaisonAreas',
      `担当地域を設定できるのは担当職員だけです。この利用者の役割は${CASE_ROLE_LABELS[role].ja}です。`,
      `liaisonAreas may be set for officers only; the user's role is ${role}`,
    );
    throw new AdministrationException(AdministrationErrorCode.LiaisonAreasForOfficersOnly, onlyOfficers.text, {}, [onlyOfficers]);
  }
}
