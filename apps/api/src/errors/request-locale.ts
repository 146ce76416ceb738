import type { Request } from 'express';
import type { Locale } from '#libs/errors';

/** Japanese unless the caller prefers English (`Accept-Language: en`, or English ranked above Japanese). */
export function localeOf(request: Pick<Request, 'acceptsLanguages'>): Locale {
  return request.acceptsLanguages('ja', 'en') === 'en' ? 'en' : 'ja';
}
