import { Module } from '@nestjs/common';
import { AdminClosedDaysController } from './admin-closed-days.controller.js';
import { AdministrationModule } from '#libs/administration';
import { AdminOrganizationsController } from './admin-organizations.controller.js';
import { AdminProgramsController } from './admin-programs.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AdministratorGuard } from './administrator.guard.js';

/** /admin/programs, /admin/organizations, /admin/users: a municipality's administrator at work. */
@Module({
  imports: [AdministrationModule],
  controllers: [AdminProgramsController, AdminOrganizationsController, AdminUsersController, AdminClosedDaysController],
  providers: [AdministratorGuard],
})
export class AdminModule {}
