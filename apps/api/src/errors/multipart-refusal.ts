import type { HttpException } from '@nestjs/common';
import { problem, text } from '#libs/errors';
import { RequestErrorCode, RequestException } from './request.exception.js';

/** multer's refusals by code (MulterError.code), in the words of a person uploading a paper. */
const MULTER_REFUSALS: Readonly<Record<string, string>> = {
  LIMIT_UNEXPECTED_FILE: 'ファイルは「file」という名前の欄で、1回に1つだけ送ってください。',
  LIMIT_FILE_COUNT: 'ファイルは1回に1つだけ送れます。',
  LIMIT_PART_COUNT: '送られた欄が多すぎます。',
  LIMIT_FIELD_COUNT: '送られた欄が多すぎます。',
  LIMIT_FIELD_KEY: '欄の名前が長すぎます。',
  LIMIT_FIELD_VALUE: '欄に入力された内容が長すぎます。',
  MISSING_FIELD_NAME: '名前のない欄が送られました。',
  INVALID_FIELD_NAME: '欄の名前が正しくありません。',
  LIMIT_FIELD_NESTING: '欄の名前が正しくありません。',
  LIMIT_FIELD_ARRAY_INDEX: '欄の名前が正しくありません。',
};

/** busboy's: the form itself cannot be read (cut off, no boundary, a broken part header). */
const UNREADABLE_FORM = /^(Multipart: )?(Boundary not found|Malformed part header|Unexpected end of (form|file))/;

/**
 * A multipart upload multer or busboy refused, which Nest hands on as a 400 with the original
 * error as its cause: in Japanese, naming the part when multer says which. Null for anything else.
 */
export function multipartRefusal(exception: HttpException, said: string): RequestException | null {
  const cause = exception.cause as { name?: unknown; code?: unknown; field?: unknown } | undefined;
  if (cause?.name === 'MulterError' && typeof cause.code === 'string' && cause.code in MULTER_REFUSALS) {
    const ja = MULTER_REFUSALS[cause.code] as string;
    const field = typeof cause.field === 'string' ? cause.field : null;
    return new RequestException(RequestErrorCode.Invalid, text(ja, said), {}, [problem(field, ja, said)]);
  }
  if (UNREADABLE_FORM.test(said)) {
    return new RequestException(
      RequestErrorCode.Malformed,
      text('送られたファイルを読み取れません。送信が途中で切れたか、形式（multipart/form-data）が正しくありません。もう一度送ってください。', said),
    );
  }
  return null;
}
