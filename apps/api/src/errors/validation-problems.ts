import type { ValidationError } from 'class-validator';
import { fieldName } from '#libs/lifecycle';
import { type Problem, problem } from '#libs/errors';
import { REQUEST_FIELD_LABELS } from './request-field-labels.js';
import { RequestErrorCode, RequestException } from './request.exception.js';

/** What a validator puts in its `context` so its refusal reads in Japanese: the sentence, given the field's name. */
export interface JapaneseContext {
  ja: (field: string) => string;
}

/** A validator's options with its Japanese sentence: `IsInt({ message, ...inJapanese((f) => `${f}は整数で…`) })`. */
export const inJapanese = (ja: (field: string) => string): { context: JapaneseContext } => ({ context: { ja } });

/** 「申請額（requestedAmount）」: the field as a person and a developer both know it. */
export const requestFieldName = (path: string): string => fieldName(path, REQUEST_FIELD_LABELS);

/** For validators that carry no Japanese of their own (class-validator's, with an English message). */
const BY_CONSTRAINT: Readonly<Record<string, (field: string, path: string) => string>> = {
  whitelistValidation: (_, path) => `「${path}」という項目は受け付けていません。項目名を確かめてください。`,
  isNotEmpty: (field) => `${field}を入力してください。`,
  isDefined: (field) => `${field}を入力してください。`,
  isString: (field) => `${field}は文字で入力してください。`,
  isInt: (field) => `${field}は整数で入力してください。`,
  isNumber: (field) => `${field}は数で入力してください。`,
  isBoolean: (field) => `${field}は true か false で指定してください。`,
  isUuid: (field) => `${field}の指定が正しくありません。`,
  isEmail: (field) => `${field}はメールアドレスの形式で入力してください。`,
  isArray: (field) => `${field}は一覧の形で送ってください。`,
  isObject: (field) => `${field}の形式が正しくありません。`,
  nestedValidation: (field) => `${field}の形式が正しくありません。`,
  isIn: (field) => `${field}は決められた値の中から選んでください。`,
  isEnum: (field) => `${field}は決められた値の中から選んでください。`,
  maxLength: (field) => `${field}が長すぎます。`,
  arrayMaxSize: (field) => `${field}の数が多すぎます。`,
  arrayUnique: (field) => `${field}に同じものが重なっています。`,
};

/** class-validator's errors, nested ones included, as one problem per broken rule, each naming its path. */
export function validationProblems(errors: readonly ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => {
      const context = error.contexts?.[constraint] as Partial<JapaneseContext> | undefined;
      const field = requestFieldName(path);
      const japanese = context?.ja?.(field) ?? BY_CONSTRAINT[constraint]?.(field, path) ?? `${field}の値が正しくありません。`;
      return problem(path, japanese, english);
    });
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

/** A 400 REQUEST_INVALID listing `problems`; its message is the problems in one text. */
export function invalidRequest(problems: readonly Problem[]): RequestException {
  const ja = problems.map((each) => each.text.ja).join('');
  return new RequestException(
    RequestErrorCode.Invalid,
    { ja: problems.length > 1 ? `入力内容に${problems.length}件の誤りがあります。${ja}` : ja, en: problems.map((each) => each.text.en).join('; ') },
    {},
    problems,
  );
}

/** The ValidationPipe's exceptionFactory: every DTO's refusal in the one error model. */
export const validationException = (errors: ValidationError[]): RequestException => invalidRequest(validationProblems(errors));
