import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '#libs/accounts';
import { inJapanese } from '../errors/validation-problems.js';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', description: '今のパスワード / the current password' })
  @IsString({ message: 'currentPassword must be a string', ...inJapanese((field) => `${field}を入力してください。`) })
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: MIN_PASSWORD_LENGTH, maxLength: 1024, description: `新しいパスワード（${MIN_PASSWORD_LENGTH}文字以上） / the new password` })
  @IsString({ message: 'newPassword must be a string', ...inJapanese((field) => `${field}を入力してください。`) })
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: `newPassword must have ${MIN_PASSWORD_LENGTH} characters or more`,
    ...inJapanese((field) => `${field}は${MIN_PASSWORD_LENGTH}文字以上にしてください。`),
  })
  @MaxLength(1024)
  newPassword!: string;
}
