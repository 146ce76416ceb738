import type { LocalizedText } from './localized-text.js';
import type { Problem } from './problem.js';

/**
 * The one shape of every refusal the system gives a person: a stable `code` a client can
 * branch on, a text in each language, the problems one by one when there are several, and
 * the figures that code carries (`allowedRoles`, `acceptableEvents`, `currentVersion` …).
 * Each capability extends it with its own code enum; the API's one filter maps codes to
 * HTTP statuses, so no lib knows about HTTP.
 */
export class CodedException<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly text: LocalizedText,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly problems: readonly Problem[] = [],
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}
