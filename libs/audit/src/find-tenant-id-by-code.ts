import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryRepository } from './audit-entry.repository.js';

/** The id of the tenant with this code (e.g. `ichinoseki`), to scope a verification; null if there is none. */
export function findTenantIdByCode(source: DataSource | EntityManager, code: string): Promise<string | null> {
  return new AuditEntryRepository(source instanceof DataSource ? source.manager : source).tenantIdByCode(code);
}
