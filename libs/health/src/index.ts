export { HealthModule } from './health.module.js';
export { ServiceHealth } from './service-health.service.js';
