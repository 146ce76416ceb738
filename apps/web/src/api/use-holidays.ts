import { useEffect, useState } from 'react';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from './client.js';

export type Holiday = components['schemas']['HolidayResponseDto'];

type Year = { status: 'done'; holidays: Holiday[] } | { status: 'failed'; error: unknown };

/**
 * The national holidays and 年末年始 of the year shown, from the API (the holiday table stays
 * out of the bundle); each year asked for once while the screen is open. Null while loading.
 */
export function useHolidays(year: number): Year | null {
  const [years, setYears] = useState<ReadonlyMap<number, Year>>(new Map());
  const known = years.get(year);
  useEffect(() => {
    if (known) return;
    // Kept by its year, an answer that comes after the person moved on is still right, and saves asking again.
    const keep = (answer: Year) => setYears((before) => new Map(before).set(year, answer));
    unwrap(api.GET('/calendar/holidays', { params: { query: { year } } })).then(
      (holidays) => keep({ status: 'done', holidays }),
      (error: unknown) => keep({ status: 'failed', error }),
    );
  }, [year, known]);
  return known ?? null;
}
