import type { Yen } from '../program.js';

/**
 * What the caps of a program depend on besides the expenses: the organization's area and its
 * earlier grants. Null and absent both mean "not given".
 */
export interface GrantContext {
  /** The area's population, for a program with 均等割 + 地域割 (`allocationFormula`). */
  population?: number | null;
  /**
   * What is left of the program's total cap (`caps.total`) for this organization, as
   * `remainingMultiYearCap` computes it from its other grants (not counting this one).
   * Ignored by a program without a total cap.
   */
  remainingTotalCap?: Yen | null;
}
