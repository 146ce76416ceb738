export type { DeadlineRule } from './deadline-rule.js';
export type { IsoDate } from './iso-date.js';
