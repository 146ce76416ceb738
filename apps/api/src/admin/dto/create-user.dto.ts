import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CASE_ROLES, type CaseRole } from '#libs/lifecycle';
import { IsText } from '../../cases/dto/field-validators.js';
import { AreLiaisonAreas } from './admin-fields.validators.js';

export class CreateUserDto {
  @ApiProperty({ example: 'sato@ichinoseki.example', maxLength: 254, description: 'unique in the municipality, in any case' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiProperty({ example: '佐藤 花子 (まちづくり推進課)', maxLength: 200 })
  @IsText(200)
  displayName!: string;

  @ApiProperty({ enum: CASE_ROLES })
  @IsIn(CASE_ROLES, { message: `role must be one of ${CASE_ROLES.join(', ')}` })
  role!: CaseRole;

  @ApiPropertyOptional({
    format: 'password',
    writeOnly: true,
    minLength: 12,
    maxLength: 1024,
    description: 'stored only as an Argon2id hash; absent: the API issues a one-time password (temporaryPassword in the answer) that the user changes at the first login',
  })
  // Only an absent password asks for a one-time one: null is a mistake, refused as not a string.
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'password must be a string' })
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(1024, { message: 'password must be at most 1024 characters' })
  password?: string;

  @ApiPropertyOptional({ type: [String], example: ['舞川'], description: '地域担当職員 (officers only): the areas whose cases they see; empty or absent: all' })
  @IsOptional()
  @AreLiaisonAreas()
  liaisonAreas?: string[];
}
