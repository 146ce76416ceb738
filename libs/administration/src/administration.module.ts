import { Module } from '@nestjs/common';
import { AccountsModule } from '#libs/accounts';
import { Clock } from '#libs/clock';
import { AddOrganizationMember } from './add-organization-member.usecase.js';
import { AddProgramVersion } from './add-program-version.usecase.js';
import { ClosedDays } from './closed-days.usecase.js';
import { CreateOrganization } from './create-organization.usecase.js';
import { CreateProgram } from './create-program.usecase.js';
import { CreateUser } from './create-user.usecase.js';
import { ListOrganizations } from './list-organizations.usecase.js';
import { ListPrograms } from './list-programs.usecase.js';
import { ListUsers } from './list-users.usecase.js';
import { ReadProgram } from './read-program.usecase.js';
import { RemoveOrganizationMember } from './remove-organization-member.usecase.js';
import { ResetUserPassword } from './reset-user-password.usecase.js';
import { SignOutUser } from './sign-out-user.usecase.js';
import { UpdateOrganization } from './update-organization.usecase.js';
import { UpdateUser } from './update-user.usecase.js';

const USE_CASES = [
  ListPrograms,
  ReadProgram,
  CreateProgram,
  AddProgramVersion,
  ListOrganizations,
  CreateOrganization,
  UpdateOrganization,
  AddOrganizationMember,
  RemoveOrganizationMember,
  ListUsers,
  CreateUser,
  UpdateUser,
  SignOutUser,
  ResetUserPassword,
  ClosedDays,
];

/**
 * システム管理者's work: programs, users and organizations of their own municipality.
 * Needs PersistenceModule (UnitOfWork) and ConfigModule from the importing app; AccountsModule
 * for the password hasher.
 */
@Module({
  imports: [AccountsModule],
  // Clock: when an administration entry occurred; replaced in tests like the case use cases' one.
  providers: [...USE_CASES, Clock],
  exports: USE_CASES,
})
export class AdministrationModule {}
