import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, Max, Min } from 'class-validator';
import { IsText } from '../../cases/dto/field-validators.js';
import { inJapanese } from '../../errors/validation-problems.js';

/** Composes property decorators, so each field rule reads as one word at the field. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** The largest value of PostgreSQL's integer, the column's type. */
const MAX_POPULATION = 2_147_483_647;

/** 地域割 counts people: a whole number, 0 or more. */
export const IsPopulation = () =>
  all(
    IsInt({ message: ({ property }) => `${property} must be a whole number of people`, ...inJapanese((field) => `${field}は人数（整数）で入力してください。`) }),
    Min(0, { message: ({ property }) => `${property} must not be negative`, ...inJapanese((field) => `${field}は0以上で入力してください。`) }),
    Max(MAX_POPULATION, {
      message: ({ property }) => `${property} must be at most ${MAX_POPULATION}`,
      ...inJapanese((field) => `${field}は${MAX_POPULATION.toLocaleString('ja-JP')}以下にしてください。`),
    }),
  );

/** A liaison officer's areas (地区 names as organizations have them): at most 100, each once. */
export const AreLiaisonAreas = () =>
  all(
    IsArray({ message: ({ property }) => `${property} must be a list of area names`, ...inJapanese((field) => `${field}は地域名の一覧で送ってください。`) }),
    ArrayMaxSize(100, { message: ({ property }) => `${property} must have at most 100 areas`, ...inJapanese((field) => `${field}は100地域までにしてください。`) }),
    ArrayUnique({ message: ({ property }) => `${property} must not name an area twice`, ...inJapanese((field) => `${field}に同じ地域が重なっています。`) }),
    IsText(100, { each: true }),
  );
