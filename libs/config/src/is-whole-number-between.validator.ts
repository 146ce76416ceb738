import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * An integer variable within [min, max]. Environment values are strings, so only
 * plain decimal digits are converted: "3e3", "0x10" or "12abc" stay strings and fail.
 */
export function IsWholeNumberBetween(min: number, max: number): PropertyDecorator {
  return (target, propertyKey) => {
    const message = `${String(propertyKey)} must be a whole number between ${min} and ${max}`;
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
    )(target, propertyKey);
    IsInt({ message })(target, propertyKey);
    Min(min, { message })(target, propertyKey);
    Max(max, { message })(target, propertyKey);
  };
}
