import type { CaseRole } from '#libs/lifecycle';
import type { OrganizationType } from '#libs/programs';

// What `npm run db:seed` creates. DEMO DATA, for trying the system out: the tenant is
// Ichinoseki of the seed documents, but the organization, its population and the users
// are made up (舞川 is an area of Ichinoseki; 4,300 is an example figure, not a census).

export const DEMO_TENANT = { code: 'ichinoseki', name: '一関市' } as const;

export const DEMO_ORGANIZATION: { name: string; type: OrganizationType; area: string; population: number } = {
  name: '舞川地区地域協働体',
  type: 'communityCollaborationBody',
  area: '舞川',
  population: 4_300,
};

export interface DemoUser {
  role: CaseRole;
  email: string;
  displayName: string;
  /** The applicant acts for the demo organization. */
  memberOfDemoOrganization: boolean;
}

const DISPLAY_NAMES: Readonly<Record<CaseRole, string>> = {
  applicant: '舞川 花子 (舞川地区地域協働体 事務局)',
  officer: '一関 太郎 (まちづくり推進課)',
  reviewer: '審査 一郎 (審査員)',
  approver: '決裁 次郎 (決裁権者)',
  finance: '会計 三郎 (会計課)',
  admin: '管理 四郎 (システム管理者)',
};

/** One user per role, `<role>@ichinoseki.example` (RFC 2606: `.example` never delivers mail). */
export const DEMO_USERS: readonly DemoUser[] = (Object.keys(DISPLAY_NAMES) as CaseRole[]).map((role) => ({
  role,
  email: `${role}@${DEMO_TENANT.code}.example`,
  displayName: DISPLAY_NAMES[role],
  memberOfDemoOrganization: role === 'applicant',
}));
