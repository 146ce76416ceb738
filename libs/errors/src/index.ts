export { CodedException } from './coded.exception.js';
export { joinTexts, type LocalizedText, type Locale, text } from './localized-text.js';
export { type Problem, problem } from './problem.js';
