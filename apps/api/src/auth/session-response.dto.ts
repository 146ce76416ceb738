import { ApiProperty } from '@nestjs/swagger';
import { LoggedInUserDto } from './login-response.dto.js';

/** A session as the web app reads it: whose, how long it lasts, and what its writes must carry. */
export class SessionResponseDto {
  @ApiProperty({ enum: ['cookie', 'bearer'], description: 'the session cookie (the web app) or a bearer token (API clients)' })
  via!: 'cookie' | 'bearer';

  @ApiProperty({ format: 'date-time', description: 'ログインが切れる時刻 / when the session ends' })
  expiresAt!: string;

  @ApiProperty({ example: 3540, description: '残りの秒数：切れる前に警告するために / seconds left, to warn before it ends' })
  secondsLeft!: number;

  @ApiProperty({ type: String, nullable: true, description: 'cookie sessions: send it as X-CSRF-Token on every write; null for bearer tokens' })
  csrfToken!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'after a password change by bearer token: the new token (the old one ended); null otherwise' })
  accessToken!: string | null;

  @ApiProperty({ description: 'a one-time password: change it first' })
  passwordChangeRequired!: boolean;

  @ApiProperty({ type: LoggedInUserDto })
  user!: LoggedInUserDto;
}
