export { CodedException } from './coded.exception.js';
export { enteredJa } from './entered-ja.js';
export { joinTexts, type LocalizedText, type Locale, text } from './localized-text.js';
export { type Problem, problem } from './problem.js';
