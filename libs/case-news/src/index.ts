export { CaseEventAcceptedHandler } from './case-event-accepted.handler.js';
export type { CaseNewsFacts } from './case-news-facts.js';
export { caseNewsMessage } from './case-news-message.js';
export { CaseNewsModule } from './case-news.module.js';
export { type Audience, type CaseNews, newsOf, WHO_HEARS_WHAT } from './who-hears-what.js';
