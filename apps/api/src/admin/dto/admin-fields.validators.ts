import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, Max, Min } from 'class-validator';
import { IsText } from '../../cases/dto/field-validators.js';

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
    IsInt({ message: ({ property }) => `${property} must be a whole number of people` }),
    Min(0, { message: ({ property }) => `${property} must not be negative` }),
    Max(MAX_POPULATION, { message: ({ property }) => `${property} must be at most ${MAX_POPULATION}` }),
  );

/** A liaison officer's areas (地区 names as organizations have them): at most 100, each once. */
export const AreLiaisonAreas = () =>
  all(
    IsArray({ message: ({ property }) => `${property} must be a list of area names` }),
    ArrayMaxSize(100, { message: ({ property }) => `${property} must have at most 100 areas` }),
    ArrayUnique({ message: ({ property }) => `${property} must not name an area twice` }),
    IsText(100, { each: true }),
  );
