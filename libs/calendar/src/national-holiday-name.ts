import holidayJp from '@holiday-jp/holiday_jp';
import type { IsoDate } from './iso-date.js';

// The package's table is keyed by `YYYY-MM-DD`; reading it directly skips its Date
// helpers, which work in the host's local time zone. It lists 振替休日 and 国民の休日
// as holidays of their own, and covers 1970–2050 (no holiday is known outside that range).
const nationalHolidays: Readonly<Partial<Record<IsoDate, { readonly name: string }>>> = holidayJp.holidays;

/** The name of the national holiday (国民の祝日・休日) on `date`, e.g. 'こどもの日 振替休日', or null. */
export function nationalHolidayNameOn(date: IsoDate): string | null {
  return nationalHolidays[date]?.name ?? null;
}

const knownYears = Object.keys(nationalHolidays).map((date) => Number(date.slice(0, 4)));

/** The years the holiday table covers (1970–2050 in 2.5.1): outside them no holiday is known, which is not the same as none. */
export const NATIONAL_HOLIDAY_YEARS: Readonly<{ first: number; last: number }> = { first: Math.min(...knownYears), last: Math.max(...knownYears) };
