export { dataSourceOptions } from './data-source-options.js';
export { TenantEntity } from './entities/index.js';
export { PersistenceModule } from './persistence.module.js';
export { runMigrations } from './run-migrations.js';
