import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';

// 404s: the same answer for "does not exist" and "is another municipality's", so nobody learns the other's ids.

export const programNotFound = (code: string) => new AdministrationException(AdministrationErrorCode.ProgramNotFound, `program ${code} not found`);

export const organizationNotFound = (organizationId: string) =>
  new AdministrationException(AdministrationErrorCode.OrganizationNotFound, `organization ${organizationId} not found`);

export const userNotFound = (userId: string) => new AdministrationException(AdministrationErrorCode.UserNotFound, `user ${userId} not found`);
