import { formatEraDate } from '#libs/calendar';
import type { CaseNewsFacts } from './case-news-facts.js';
import type { CaseNews } from './who-hears-what.js';

export interface CaseNewsMessage {
  subject: string;
  body: string;
}

/**
 * One piece of news as a person reads it, the same text in the app and by e-mail: the case,
 * what happened, what to do and by when, and the link that opens the case in the web app.
 */
export function caseNewsMessage(
  news: CaseNews,
  facts: CaseNewsFacts,
  to: { displayName: string; tenantName: string; appUrl: string; recipientUserId: string },
): CaseNewsMessage {
  const due = news.dueKind && facts.openDeadlines.find((deadline) => deadline.kind === news.dueKind && (news.audience !== 'assignedReviewer' || deadline.subject === to.recipientUserId));
  const caseLabel = facts.caseNumber ?? facts.organizationName;
  return {
    subject: `【${caseLabel}】${news.headline}`,
    body: [
      `${to.displayName} 様`,
      '',
      `${news.headline}。`,
      '',
      `案件番号：${facts.caseNumber ?? '未採番（受理前の申請）'}`,
      `団体名：${facts.organizationName}`,
      `補助事業：${facts.programName}`,
      ...news.details.filter((detail) => detail.trim() !== ''),
      ...(news.next ? ['', 'お願いしたいこと：', news.next] : []),
      ...(due ? [`期限：${formatEraDate(due.dueOn)}（${due.dueOn}）`] : []),
      '',
      `案件を開く：${to.appUrl}/app/cases/${facts.caseId}`,
      '',
      'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
      `${to.tenantName} 地域協働 補助金システム`,
    ].join('\n'),
  };
}
