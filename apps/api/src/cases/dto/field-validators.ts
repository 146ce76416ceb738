import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateBy, ValidateNested } from 'class-validator';
import { isIsoDate } from '#libs/calendar';
import type { DocumentKind } from '#libs/programs';

/** Composes property decorators, so each field rule reads as one word at the field. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** Whole yen, 0 or more, within what JSON numbers carry exactly. */
export const IsYen = () =>
  all(
    IsInt({ message: ({ property }) => `${property} must be a whole number of yen` }),
    Min(0, { message: ({ property }) => `${property} must not be negative` }),
    Max(Number.MAX_SAFE_INTEGER, { message: ({ property }) => `${property} is too large` }),
  );

/** A non-empty string of at most `maxLength` characters (each one, with `each` for a list). */
export const IsText = (maxLength = 2000, { each = false } = {}) =>
  all(
    IsString({ each, message: ({ property }) => `${property} must be ${each ? 'a list of strings' : 'a string'}` }),
    IsNotEmpty({ each, message: ({ property }) => `${property} must not be empty` }),
    MaxLength(maxLength, { each, message: ({ property }) => `${property} must be at most ${maxLength} characters` }),
  );

/** A whole number within [min, max], e.g. a review score. */
export const IsWholeNumber = (min: number, max: number) =>
  all(
    IsInt({ message: ({ property }) => `${property} must be a whole number` }),
    Min(min, { message: ({ property }) => `${property} must be ${min} or more` }),
    Max(max, { message: ({ property }) => `${property} must be ${max} or less` }),
  );

export const IsIsoDate = () =>
  ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: (value) => isIsoDate(value),
      defaultMessage: (args) => `${args?.property} must be a date as YYYY-MM-DD`,
    },
  });

const DOCUMENT_KINDS: DocumentKind[] = [
  'applicationForm',
  'projectPlan',
  'budget',
  'bylawsAndRoster',
  'areaPlan',
  'changeRequestForm',
  'performanceReport',
  'settlementStatement',
  'receiptCopies',
  'activityPhotos',
];

export const AreDocumentKinds = () =>
  all(
    IsArray({ message: ({ property }) => `${property} must be a list` }),
    ArrayMaxSize(DOCUMENT_KINDS.length),
    IsIn(DOCUMENT_KINDS, { each: true, message: ({ property }) => `${property} must list document kinds of ${DOCUMENT_KINDS.join(', ')}` }),
  );

/** A list of nested DTOs, each validated and whitelisted. */
export const AreEach = (type: () => new () => object, maxSize = 100) =>
  all(
    IsArray({ message: ({ property }) => `${property} must be a list` }),
    ArrayMaxSize(maxSize, { message: ({ property }) => `${property} must have at most ${maxSize} items` }),
    ValidateNested({ each: true }),
    Type(type),
  );
