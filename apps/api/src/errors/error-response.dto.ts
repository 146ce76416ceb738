import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_EVENT_TYPES, CASE_ROLES } from '#libs/lifecycle';
import { ERROR_CODES } from './error-status.js';

export class ProblemDto {
  @ApiProperty({ type: String, nullable: true, example: 'requestedAmount', description: '問題のある項目のパス（全体のときは null） / the field’s path, null for the request as a whole' })
  field!: string | null;

  @ApiProperty({ example: '申請額（requestedAmount）は1円以上で入力してください。', description: '何が問題で、どうすればよいか / what is wrong and what to do' })
  message!: string;
}

/**
 * The body of every refusal of the API, whatever the status: a code to branch on, a message in
 * the caller's language (Japanese unless `Accept-Language: en`), the problems one by one, the
 * request id to quote, and the figures some codes carry.
 */
export class ErrorResponseDto {
  @ApiProperty({ example: 422 }) statusCode!: number;

  @ApiProperty({ enum: ERROR_CODES, example: 'CASE_EVENT_REFUSED', description: '理由のコード（変わらない） / the reason, stable across languages' })
  code!: string;

  @ApiProperty({ example: '申請に必要な書類がそろっていません：交付申請書。書類を添付してからもう一度送ってください。' })
  message!: string;

  @ApiProperty({ type: [ProblemDto], description: '一つずつの問題（項目の下に表示する） / each problem, to show under its field' })
  problems!: ProblemDto[];

  @ApiProperty({ format: 'uuid', description: 'お問い合わせのときに伝える受付番号 / quote it to support; also the X-Request-Id header' })
  requestId!: string;

  @ApiPropertyOptional({ enum: CASE_ROLES, isArray: true, description: '403: この操作ができる役割 / the roles that may' })
  allowedRoles?: string[];

  @ApiPropertyOptional({
    enum: CASE_EVENT_TYPES,
    isArray: true,
    description: 'CASE_EVENT_NOT_ACCEPTED, CASE_CONFLICT_DECLARATION_OWED: 今あなたが送れるイベント / the events the case takes from you now',
  })
  acceptableEvents?: string[];

  @ApiPropertyOptional({ description: 'CASE_EVENT_NOT_ACCEPTED, ATTACHMENT_CASE_ENDED: 案件の状態 / the case’s state' })
  state?: string;

  @ApiPropertyOptional({ description: 'CASE_STALE_VERSION: 案件の今の版 / the version the case is at' })
  currentVersion?: number;

  @ApiPropertyOptional({ description: 'CASE_EXPORT_TOO_LARGE: 一度に出力できる最大の件数 / the most cases one export holds' })
  maxRows?: number;

  @ApiPropertyOptional({ description: 'ADMIN_PROGRAM_EXISTS: 制度コード / the program’s code' })
  programCode?: string;

  @ApiPropertyOptional({ description: 'ADMIN_PROGRAM_EXISTS, ADMIN_PROGRAM_VERSION_CONFLICT: 最新の版 / the latest version' })
  latestVersion?: number;

  @ApiPropertyOptional({ description: 'ADMIN_PROGRAM_VERSION_CONFLICT: 次に使う版の番号 / the number to use' })
  expectedVersion?: number;

  @ApiPropertyOptional({ description: 'ADMIN_MEMBER_ROLE_NOT_ALLOWED: 利用者の役割 / the user’s role' })
  role?: string;

  @ApiPropertyOptional({ description: 'ATTACHMENT_TOO_LARGE: 添付できる最大のバイト数 / the largest file accepted' })
  maxBytes?: number;

  @ApiPropertyOptional({ description: 'ATTACHMENT_UNSUPPORTED_MEDIA_TYPE, ATTACHMENT_CONTENT_MISMATCH: 送られた種類 / the type sent' })
  mediaType?: string;

  @ApiPropertyOptional({ type: [String], description: 'ATTACHMENT_UNSUPPORTED_MEDIA_TYPE: 添付できる種類 / the types accepted' })
  allowedMediaTypes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ATTACHMENT_INVALID_DOCUMENT_KIND: この制度の書類の種類 / the kinds the program asks for' })
  allowedDocumentKinds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'ATTACHMENT_ALREADY_SUPERSEDED: 差し替えた新しい版 / the newer version' })
  supersededBy?: string;
}
