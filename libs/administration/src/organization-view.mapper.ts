import { ORGANIZATION_TYPE_LABELS } from '#libs/programs';
import type { OrganizationRow } from './organization-directory.repository.js';
import type { OrganizationView } from './organization.view.js';

export function toOrganizationView(row: OrganizationRow): OrganizationView {
  return { ...row, typeJa: ORGANIZATION_TYPE_LABELS[row.type] ?? row.type };
}
