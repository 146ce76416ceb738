import type { LocalizedText } from './localized-text.js';

/**
 * One thing wrong with what someone sent or asked for. `field` is the path of the field it is
 * about (`plannedExpenses[0].amount`), so a form can show the text under that field; null when
 * it concerns the request as a whole (the window closed, a document missing).
 */
export interface Problem {
  readonly field: string | null;
  readonly text: LocalizedText;
}

export const problem = (field: string | null, ja: string, en: string): Problem => ({ field, text: { ja, en } });
