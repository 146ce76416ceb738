import { HttpException, HttpStatus } from '@nestjs/common';
import { CodedException, type Locale, problem, type Problem, text } from '#libs/errors';
import { isDatabaseUnavailable } from '#libs/persistence';
import { ERROR_STATUS, isErrorCode } from './error-status.js';
import { multipartRefusal } from './multipart-refusal.js';
import { RequestErrorCode, RequestException } from './request.exception.js';

/** Seconds a caller is asked to wait when the database is away: a restart or failover takes about that. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The body of every refusal (ErrorResponseDto in the OpenAPI document). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  problems: Array<{ field: string | null; message: string }>;
  requestId: string;
  [detail: string]: unknown;
}

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: ErrorBody;
  /** What to log: a defect with its stack (error), an outage (warn), or nothing for a refusal a person caused. */
  log: { level: 'error' | 'warn'; message: string } | null;
}

/**
 * Whatever was thrown, as the answer a person gets: the status of its code, its text in the
 * caller's language, the problems one by one, the figures the code carries, and the request id
 * to quote. Never a stack trace or SQL. The API's filter and the queue dashboard's mount both
 * answer through it.
 */
export function errorAnswer(thrown: unknown, locale: Locale, requestId: string): ErrorAnswer {
  const { exception, log } = asCoded(thrown);
  const status = isErrorCode(exception.code) ? ERROR_STATUS[exception.code] : HttpStatus.INTERNAL_SERVER_ERROR;
  const { retryAfterSeconds, ...details } = exception.details as { retryAfterSeconds?: number };
  const headers: Record<string, string> = {};
  if (typeof retryAfterSeconds === 'number') headers['Retry-After'] = String(retryAfterSeconds);
  return {
    status,
    headers,
    body: {
      ...details,
      statusCode: status,
      code: exception.code,
      message: exception.text[locale],
      problems: exception.problems.map((each) => ({ field: each.field, message: each.text[locale] })),
      requestId,
    },
    log: isErrorCode(exception.code) ? log : { level: 'error', message: `no status for the error code ${exception.code}` },
  };
}

function asCoded(thrown: unknown): { exception: CodedException; log: ErrorAnswer['log'] } {
  if (thrown instanceof CodedException) return { exception: thrown, log: null };
  if (thrown instanceof HttpException) {
    const fromParser = fromHttpException(thrown);
    if (fromParser) return { exception: fromParser, log: null };
  }
  if (isDatabaseUnavailable(thrown)) {
    // Not a bug of ours to trace: the database restarts or fails over. The caller may retry;
    // an event sent again with its Idempotency-Key is applied at most once.
    return {
      exception: new RequestException(
        RequestErrorCode.ServiceUnavailable,
        text(
          `ただいまデータベースに接続できません。${DATABASE_RETRY_AFTER_SECONDS}秒ほど待ってから、もう一度お試しください（同じ Idempotency-Key の再送は一度だけ反映されます）。`,
          `the database cannot be reached just now; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds (an event sent again with the same Idempotency-Key is applied at most once)`,
        ),
        { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      ),
      log: { level: 'warn', message: `database unavailable: ${thrown instanceof Error ? thrown.message : String(thrown)}` },
    };
  }
  return {
    exception: new RequestException(
      RequestErrorCode.Internal,
      text(
        'システムの内部でエラーが起きました。お手数ですが、受付番号（requestId）を添えてお問い合わせください。',
        'something went wrong on our side; quote the request id to support',
      ),
    ),
    log: { level: 'error', message: thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown) },
  };
}

/**
 * What Nest and its parsers throw before a route runs (no route, a body that is not JSON, too
 * large, in an unknown charset, a multipart part multer refuses), as the API's own codes.
 * Any other HttpException is a defect: nothing of ours throws one.
 */
function fromHttpException(exception: HttpException): RequestException | null {
  const said = describe(exception.getResponse());
  const multipart = multipartRefusal(exception, said);
  if (multipart) return multipart;
  const coded = (code: RequestErrorCode, ja: string, problems: Problem[] = []) => new RequestException(code, text(ja, said), {}, problems);
  switch (exception.getStatus()) {
    case HttpStatus.NOT_FOUND:
      return coded(RequestErrorCode.RouteNotFound, 'そのアドレスの機能はありません。');
    case HttpStatus.BAD_REQUEST:
      return /JSON|Unexpected token|Unexpected end/i.test(said)
        ? coded(RequestErrorCode.Malformed, '送られた内容を読み取れません（JSON の形式が正しくありません）。')
        : coded(RequestErrorCode.Invalid, `送られた内容に誤りがあります（${said}）。`, [problem(null, `送られた内容に誤りがあります（${said}）。`, said)]);
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return coded(RequestErrorCode.TooLarge, '送られた内容が大きすぎます。');
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return coded(RequestErrorCode.UnsupportedMediaType, 'この形式の内容は受け付けていません。JSON（UTF-8）で送ってください。');
    default:
      return null;
  }
}

function describe(response: string | object): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? 'refused');
}
