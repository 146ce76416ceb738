import type { IsoDate } from './iso-date.js';

/** The numbers in a `YYYY-MM-DD` string; the caller has already checked the format. */
export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

export function isoDateParts(date: IsoDate): IsoDateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Writes the parts as `YYYY-MM-DD` without checking that the date exists. */
export function isoDateFromParts({ year, month, day }: IsoDateParts): IsoDate {
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}
