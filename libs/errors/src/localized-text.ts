/** The languages people read the API's words in: Japanese first, English on request (`Accept-Language: en`). */
export type Locale = 'ja' | 'en';

/** One text in every language the API speaks, written side by side where the rule is, so one search finds both. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export const text = (ja: string, en: string): LocalizedText => ({ ja, en });

/** Several texts as one: Japanese sentences run on, English ones are separated by semicolons. */
export function joinTexts(texts: readonly LocalizedText[]): LocalizedText {
  return { ja: texts.map((each) => each.ja).join(''), en: texts.map((each) => each.en).join('; ') };
}
