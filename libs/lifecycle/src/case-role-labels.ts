import type { LocalizedText } from '#libs/errors';
import type { CaseRole } from './case-role.js';

/** The roles as the people in the office and the organizations call them. */
export const CASE_ROLE_LABELS: Readonly<Record<CaseRole, LocalizedText>> = {
  applicant: { ja: '申請団体', en: 'applicant' },
  officer: { ja: '担当職員', en: 'officer' },
  reviewer: { ja: '審査員', en: 'reviewer' },
  approver: { ja: '決裁権者', en: 'approver' },
  finance: { ja: '会計担当', en: 'finance' },
  admin: { ja: 'システム管理者', en: 'admin' },
};

/** 「担当職員または決裁権者」 / "officer or approver". */
export function rolesText(roles: readonly CaseRole[]): LocalizedText {
  return {
    ja: roles.map((role) => CASE_ROLE_LABELS[role].ja).join('または'),
    en: roles.map((role) => CASE_ROLE_LABELS[role].en).join(' or '),
  };
}
