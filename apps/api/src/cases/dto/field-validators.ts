import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { isIsoDate } from '#libs/calendar';
import { inJapanese } from '../../errors/validation-problems.js';

/** Composes property decorators, so each field rule reads as one word at the field. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** Whole yen, 0 or more, within what JSON numbers carry exactly. */
export const IsYen = () =>
  all(
    IsInt({ message: ({ property }) => `${property} must be a whole number of yen`, ...inJapanese((field) => `${field}は円単位の整数で入力してください。`) }),
    Min(0, { message: ({ property }) => `${property} must not be negative`, ...inJapanese((field) => `${field}は0円以上で入力してください。`) }),
    Max(Number.MAX_SAFE_INTEGER, { message: ({ property }) => `${property} is too large`, ...inJapanese((field) => `${field}が大きすぎます。`) }),
  );

/** A non-empty string of at most `maxLength` characters (each one, with `each` for a list). */
export const IsText = (maxLength = 2000, { each = false } = {}) =>
  all(
    IsString({
      each,
      message: ({ property }) => `${property} must be ${each ? 'a list of strings' : 'a string'}`,
      ...inJapanese((field) => `${field}は文字で入力してください。`),
    }),
    IsNotEmpty({ each, message: ({ property }) => `${property} must not be empty`, ...inJapanese((field) => `${field}を入力してください。`) }),
    MaxLength(maxLength, {
      each,
      message: ({ property }) => `${property} must be at most ${maxLength} characters`,
      ...inJapanese((field) => `${field}は${maxLength}文字以内で入力してください。`),
    }),
  );

/** A whole number within [min, max], e.g. a review score. */
export const IsWholeNumber = (min: number, max: number) =>
  all(
    IsInt({ message: ({ property }) => `${property} must be a whole number`, ...inJapanese((field) => `${field}は整数で入力してください。`) }),
    Min(min, { message: ({ property }) => `${property} must be ${min} or more`, ...inJapanese((field) => `${field}は${min}以上にしてください。`) }),
    Max(max, { message: ({ property }) => `${property} must be ${max} or less`, ...inJapanese((field) => `${field}は${max}以下にしてください。`) }),
  );

export const IsIsoDate = () =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a date as YYYY-MM-DD`,
      },
    },
    inJapanese((field) => `${field}は日付（例：2025-05-07）で入力してください。`),
  );

/** A list of nested DTOs, each validated and whitelisted. */
export const AreEach = (type: () => new () => object, maxSize = 100) =>
  all(
    IsArray({ message: ({ property }) => `${property} must be a list`, ...inJapanese((field) => `${field}は一覧の形で送ってください。`) }),
    ArrayMaxSize(maxSize, {
      message: ({ property }) => `${property} must have at most ${maxSize} items`,
      ...inJapanese((field) => `${field}は${maxSize}行までにしてください。`),
    }),
    ValidateNested({ each: true }),
    Type(type),
  );
