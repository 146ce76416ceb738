import { assertWholeNumber } from './assert-whole-number.js';
import type { IsoDate } from './iso-date.js';
import { isoDateFromParts } from './iso-date-parts.js';

/**
 * 出納閉鎖日: 31 May after `fiscalYear` ends. The two months after 31 March are the
 * 出納整理期間 (地方自治法 第235条の5), by which the year's payments and receipts must be settled.
 * FY2025 → 2026-05-31.
 */
export function accountsCloseDate(fiscalYear: number): IsoDate {
  assertWholeNumber(fiscalYear, 'fiscalYear', 1);
  return isoDateFromParts({ year: fiscalYear + 1, month: 5, day: 31 });
}
