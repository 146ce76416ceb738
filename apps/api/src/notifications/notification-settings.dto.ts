import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, Max, Min, ValidateNested } from 'class-validator';
import type { MessageKind } from '#libs/notifications';
import { inJapanese } from '../errors/validation-problems.js';

/**
 * A choice refused, named as the screen asks it. The names are the DTO's own, not the shared
 * field labels: there `email` is an address, and 「メールアドレスの案件の動き」 would read wrong.
 */
const yesOrNo = (path: string, choice: string) => ({
  message: `${path} must be true or false`,
  ...inJapanese(() => `${choice}（${path}）は true か false で指定してください。`),
});
const KINDS_NAMED = inJapanese(() => 'メールでも受け取るお知らせの種類（email）を指定してください。');
const KINDS_AS_CHOICES = inJapanese(() => 'メールでも受け取るお知らせの種類（email）は、種類ごとに true か false で送ってください。');
const VERSION_READ = {
  message: 'version must be the version read, a whole number',
  ...inJapanese(() => '設定の版（version）は、読み込んだときの版（0以上の整数）で送ってください。'),
};

/** Per kind of message: true to have it by e-mail as well, false for the app only. */
export class EmailChoicesDto implements Record<MessageKind, boolean> {
  @ApiProperty({ description: '期限のお知らせ: a deadline ahead' })
  @IsBoolean(yesOrNo('email.reminder', '期限のお知らせをメールでも受け取るか'))
  reminder!: boolean;

  @ApiProperty({ description: '期限超過: a deadline passed unmet (officers, approvers)' })
  @IsBoolean(yesOrNo('email.escalation', '期限超過のお知らせをメールでも受け取るか'))
  escalation!: boolean;

  @ApiProperty({ description: '案件の動き: what happened on a case that concerns you (受理, 差戻し, 交付決定 …)' })
  @IsBoolean(yesOrNo('email.caseNews', '案件の動きをメールでも受け取るか'))
  caseNews!: boolean;

  @ApiProperty({ description: '未精算案件: the fiscal-year close report (officers, finance)' })
  @IsBoolean(yesOrNo('email.fiscalYearClose', '未精算案件のお知らせをメールでも受け取るか'))
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
  @IsDefined({ message: 'email must be given', ...KINDS_NAMED })
  @ValidateNested({ message: 'email must be an object of true or false per kind', ...KINDS_AS_CHOICES })
  @Type(() => EmailChoicesDto)
  email!: EmailChoicesDto;

  @ApiProperty()
  @IsBoolean(yesOrNo('dailyDigest', 'メールを1日1通にまとめるか'))
  dailyDigest!: boolean;

  @ApiProperty({ description: 'the version the settings were read at; another change since is refused with 409 NOTIFICATION_SETTINGS_STALE' })
  @IsInt(VERSION_READ)
  @Min(0, VERSION_READ)
  @Max(1_000_000_000, VERSION_READ)
  version!: number;
}
