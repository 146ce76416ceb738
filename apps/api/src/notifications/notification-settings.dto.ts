import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, Max, Min, ValidateNested } from 'class-validator';
import type { MessageKind } from '#libs/notifications';

const yesOrNo = (field: string) => ({ message: `${field} must be true or false` });

/** Per kind of message: true to have it by e-mail as well, false for the app only. */
export class EmailChoicesDto implements Record<MessageKind, boolean> {
  @ApiProperty({ description: '期限のお知らせ: a deadline ahead' })
  @IsBoolean(yesOrNo('reminder'))
  reminder!: boolean;

  @ApiProperty({ description: '期限超過: a deadline passed unmet (officers, approvers)' })
  @IsBoolean(yesOrNo('escalation'))
  escalation!: boolean;

  @ApiProperty({ description: '案件の動き: what happened on a case that concerns you (受理, 差戻し, 交付決定 …)' })
  @IsBoolean(yesOrNo('caseNews'))
  caseNews!: boolean;

  @ApiProperty({ description: '未精算案件: the fiscal-year close report (officers, finance)' })
  @IsBoolean(yesOrNo('fiscalYearClose'))
  fiscalYearClose!: boolean;
}

export class NotificationSettingsResponseDto {
  @ApiProperty({ type: EmailChoicesDto, description: 'in the app always; by e-mail as well where true' })
  email!: EmailChoicesDto;

  @ApiProperty({ description: 'e-mails gathered into one a day (at REMINDER_HOUR, Asia/Tokyo) instead of one each' })
  dailyDigest!: boolean;

  @ApiProperty({ description: 'the version read: send it back with a change (0: never saved, the defaults)' })
  version!: number;
}

export class ChangeNotificationSettingsDto {
  @ApiProperty({ type: EmailChoicesDto })
  @IsDefined({ message: 'email must be given' })
  @ValidateNested()
  @Type(() => EmailChoicesDto)
  email!: EmailChoicesDto;

  @ApiProperty()
  @IsBoolean(yesOrNo('dailyDigest'))
  dailyDigest!: boolean;

  @ApiProperty({ description: 'the version the settings were read at; another change since is refused with 409 NOTIFICATION_SETTINGS_STALE' })
  @IsInt({ message: 'version must be the version read, a whole number' })
  @Min(0, { message: 'version must be the version read, a whole number' })
  @Max(1_000_000_000, { message: 'version must be the version read, a whole number' })
  version!: number;
}
