/**
 * Figures as people type them, read for the API. What reads as a figure becomes a number; what
 * does not is sent as it was typed, and the API names the field that is wrong and why (the
 * form checks nothing itself: one owner of the rules). Full-width digits (３０, typed with a
 * Japanese input method) read as digits.
 */
const normalized = (typed: string): string => typed.normalize('NFKC').trim();

/** A count (of days, of fiscal years): `30`, `３０`. */
export function wholeNumberOrText(typed: string): number | string {
  const figure = normalized(typed);
  return /^\d+$/.test(figure) ? Number(figure) : figure;
}

/** An amount of yen, with or without thousands separators: `150000`, `150,000`, `１５０，０００`. */
export function yenOrText(typed: string): number | string {
  const figure = normalized(typed);
  return /^\d{1,3}(,\d{3})+$/.test(figure) ? Number(figure.replaceAll(',', '')) : wholeNumberOrText(figure);
}

/** An amount that may be left empty for "none" (no such cap, no upper limit). */
export const yenOrNone = (typed: string): number | string | null => (normalized(typed) === '' ? null : yenOrText(typed));

/** Counts separated by commas, 、 or spaces: `7, 3, 0` → [7, 3, 0]; nothing typed is an empty list. */
export const wholeNumbersOrTexts = (typed: string): Array<number | string> =>
  normalized(typed)
    .split(/[,、\s]+/)
    .filter((item) => item !== '')
    .map(wholeNumberOrText);

/** A fraction as a percentage, to check what was typed (1095/10000 → 10.95%); null until both parts are figures. */
export function percentOf(numerator: string, denominator: string): string | null {
  const [top, bottom] = [wholeNumberOrText(numerator), wholeNumberOrText(denominator)];
  if (typeof top !== 'number' || typeof bottom !== 'number' || bottom === 0) return null;
  const percent = (top * 100) / bottom;
  const rounded = Math.round(percent * 100) / 100;
  return `${rounded === percent ? '' : '約'}${rounded}%`;
}
