export { DirectoryErrorCode, DirectoryException } from './directory.exception.js';
export { DIRECTORY_READERS } from './directory-readers.policy.js';
export { DirectoryModule } from './directory.module.js';
export { type OrganizationDirectoryView, ListOrganizationDirectory } from './list-organization-directory.usecase.js';
export { type CatalogueProgram, ListProgramCatalogue } from './list-program-catalogue.usecase.js';
export { ListStaff, type StaffView } from './list-staff.usecase.js';
