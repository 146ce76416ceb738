import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { IsText } from '../../cases/dto/field-validators.js';
import { AreLiaisonAreas } from './admin-fields.validators.js';

/** Absent fields stay as they are. Passwords are not changed here. */
export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @IsText(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: CASE_ROLES, description: 'a new role ends every token the user holds' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(CASE_ROLES, { message: `role must be one of ${CASE_ROLES.join(', ')}` })
  role?: CaseRole;

  @ApiPropertyOptional({ type: [String], description: 'officers only; leaving the officer role clears them' })
  @ValidateIf((_, value) => value !== undefined)
  @AreLiaisonAreas()
  liaisonAreas?: string[];
}
