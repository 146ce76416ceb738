import type { IsoDate } from './iso-date.js';
import { tokyoStartOfDay } from './tokyo-day-bounds.js';

/** An era name and the year within it, as printed: { era: '令和', year: '元' } for 2019-05-01. */
export interface JapaneseEraYear {
  era: string;
  year: string;
}

// ICU's Japanese calendar knows the era boundaries (令和 from 2019-05-01, 平成 from 1989-01-08),
// so no era table is typed here. With only era and year asked for, ja prints the first year
// of an era as 元 rather than 1. Formatting in Asia/Tokyo keeps the date the one we passed in.
const japaneseEraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'Asia/Tokyo',
});

/** The era and era-year of `date` itself (2019-04-30 → 平成31, 2019-05-01 → 令和元). */
export function japaneseEraYearOf(date: IsoDate): JapaneseEraYear {
  const parts = japaneseEraYear.formatToParts(tokyoStartOfDay(date));
  const valueOf = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '';
  return { era: valueOf('era'), year: valueOf('year') };
}
