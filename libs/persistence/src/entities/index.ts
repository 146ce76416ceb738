import { TenantEntity } from './tenant.entity.js';

export const ENTITIES = [TenantEntity];
export { TenantEntity };
