import { text } from '#libs/errors';
import type { CaseRole } from '#libs/lifecycle';

/** The roles that work with cases; administrators run programs, users and organizations instead. */
export const CASE_READERS: readonly CaseRole[] = ['applicant', 'officer', 'reviewer', 'approver', 'finance'];

export const ADMINISTRATORS_SEE_NO_CASES = text(
  'システム管理者は制度・利用者・団体を管理する役割のため、案件は見られません。案件を扱うのは申請団体・担当職員・審査員・決裁権者・会計担当です。',
  'administrators manage programs, users and organizations; cases are for applicants, officers, reviewers, approvers and finance',
);
