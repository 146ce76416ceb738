import { assertWholeNumber } from './assert-whole-number.js';
import { epochDayOf } from './epoch-day.js';
import { assertIsoDate } from './is-iso-date.js';
import { addDays } from './iso-date-arithmetic.js';
import type { IsoDate } from './iso-date.js';
import { nationalHolidayNameOn } from './national-holiday-name.js';
import { isYearEndClosure } from './year-end-closure.js';

export interface MunicipalCalendarOptions {
  /** The tenant's own closures beyond the statutory ones (臨時休業, e.g. an office move). */
  extraClosedDays?: readonly IsoDate[];
}

// 1970-01-01, epoch day 0, was a Thursday.
const EPOCH_DAY_OF_WEEK = 4;
const SUNDAY = 0;
const SATURDAY = 6;

/**
 * The days a municipal office is closed (地方公共団体の休日, 地方自治法 第4条の2): Saturdays,
 * Sundays, national holidays, 年末年始 (29 December – 3 January, as the municipalities'
 * 休日条例 set it) and any extra closures of the tenant. A deadline that falls on a closed
 * day moves to the next open day (same article, paragraph 4).
 */
export class MunicipalCalendar {
  private readonly extraClosedDays: ReadonlySet<IsoDate>;

  constructor({ extraClosedDays = [] }: MunicipalCalendarOptions = {}) {
    extraClosedDays.forEach((date, index) => assertIsoDate(date, `extraClosedDays[${index}]`));
    this.extraClosedDays = new Set(extraClosedDays);
  }

  isClosed(date: IsoDate): boolean {
    return this.closureReason(date) !== null;
  }

  /**
   * Why the office is closed on `date`, for messages: the holiday's name, '年末年始',
   * '土曜日', '日曜日' or '臨時休業', the most specific first; null when it is open.
   */
  closureReason(date: IsoDate): string | null {
    assertIsoDate(date, 'date');
    const holidayName = nationalHolidayNameOn(date);
    if (holidayName !== null) return holidayName;
    if (isYearEndClosure(date)) return '年末年始';
    const dayOfWeek = dayOfWeekOf(date);
    if (dayOfWeek === SATURDAY) return '土曜日';
    if (dayOfWeek === SUNDAY) return '日曜日';
    if (this.extraClosedDays.has(date)) return '臨時休業';
    return null;
  }

  /** `date` itself when the office is open that day, otherwise the first open day after it. */
  nextOpenDay(date: IsoDate): IsoDate {
    let candidate = date;
    while (this.isClosed(candidate)) candidate = addDays(candidate, 1);
    return candidate;
  }

  /**
   * The `openDays`-th open day after `date`, not counting `date` itself: from Friday
   * 2025-05-02, one open day is Wednesday 2025-05-07. Zero open days is `date` unchanged.
   */
  addOpenDays(date: IsoDate, openDays: number): IsoDate {
    assertIsoDate(date, 'date');
    assertWholeNumber(openDays, 'openDays', 0);
    let reached = date;
    for (let counted = 0; counted < openDays; counted += 1) {
      reached = this.nextOpenDay(addDays(reached, 1));
    }
    return reached;
  }
}

function dayOfWeekOf(date: IsoDate): number {
  return (((epochDayOf(date) + EPOCH_DAY_OF_WEEK) % 7) + 7) % 7;
}
