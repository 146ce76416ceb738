import { addDays, formatEraDate, type IsoDate, tokyoDateOf, tokyoStartOfDay } from '#libs/calendar';

const HOUR_MS = 3_600_000;

/** When a message written at `now` goes out in a daily digest: the next `hour` o'clock, Asia/Tokyo (today's if still ahead). */
export function nextDigestAt(now: Date, hour: number): Date {
  const today = tokyoDateOf(now);
  const todays = new Date(tokyoStartOfDay(today).getTime() + hour * HOUR_MS);
  return todays.getTime() > now.getTime() ? todays : new Date(tokyoStartOfDay(addDays(today, 1)).getTime() + hour * HOUR_MS);
}

/** One message a digest gathers, as its notification holds it. */
export interface DigestItem {
  subject: string;
  body: string;
}

/** The one e-mail of a day's digest: every message's subject, then each in full, in the order written. */
export function dailyDigestMessage(to: { displayName: string; tenantName: string }, on: IsoDate, items: readonly DigestItem[]): { subject: string; body: string } {
  return {
    subject: `【お知らせのまとめ】${formatEraDate(on)}（${items.length}件）`,
    body: [
      `${to.displayName} 様`,
      '',
      `前回のまとめから後のお知らせが${items.length}件あります。アプリのホームにも同じものがあります。`,
      '',
      ...items.map((item, index) => `${index + 1}. ${item.subject}`),
      ...items.flatMap((item, index) => ['', `―― ${index + 1}. ${item.subject} ――`, item.body]),
      '',
      `${to.tenantName} 地域協働 補助金システム`,
    ].join('\n'),
  };
}
