import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginRequestDto {
  @ApiProperty({ description: 'The municipality (tenant) code', example: 'ichinoseki', maxLength: 32 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  tenant!: string;

  @ApiProperty({ example: 'applicant@ichinoseki.example', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsString()
  @IsNotEmpty()
  // Long enough for any passphrase; short enough that hashing it costs nothing extra.
  @MaxLength(1024)
  password!: string;
}
