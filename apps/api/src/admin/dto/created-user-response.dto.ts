import { ApiPropertyOptional } from '@nestjs/swagger';
import { UserResponseDto } from './user-response.dto.js';

/** The new account, with the one-time password when the API issued one: the only answer that ever carries it. */
export class CreatedUserResponseDto extends UserResponseDto {
  @ApiPropertyOptional({
    example: 'Kp7Q-x2Mb-9tRw-Hd4s',
    description: '仮のパスワード（パスワードを送らなかったとき）：本人に伝えてください。最初のログインで本人が変更します。ここでしか表示されません / the one-time password, when none was sent; shown this once',
  })
  temporaryPassword?: string;
}
