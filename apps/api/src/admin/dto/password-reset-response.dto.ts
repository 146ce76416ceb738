import { ApiProperty } from '@nestjs/swagger';

export class PasswordResetResponseDto {
  @ApiProperty({
    example: 'Kp7Q-x2Mb-9tRw-Hd4s',
    description: '仮のパスワード：本人に伝えてください。次のログインで本人が変更します。ここでしか表示されません / the one-time password, shown this once',
  })
  temporaryPassword!: string;
}
