import { text } from '#libs/errors';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';

// 404s: the same answer for "does not exist" and "is another municipality's", so nobody learns the other's ids.

export const programNotFound = (code: string) =>
  new AdministrationException(AdministrationErrorCode.ProgramNotFound, text(`制度コード「${code}」の制度は見つかりません。`, `program ${code} not found`));

export const organizationNotFound = (organizationId: string) =>
  new AdministrationException(AdministrationErrorCode.OrganizationNotFound, text('その団体は見つかりません。', `organization ${organizationId} not found`));

export const userNotFound = (userId: string) =>
  new AdministrationException(AdministrationErrorCode.UserNotFound, text('その利用者は見つかりません。', `user ${userId} not found`));
