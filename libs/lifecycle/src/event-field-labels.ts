/**
 * The Japanese name of each field of an event, as a form labels it: refusals name the field
 * in Japanese (「申請額（requestedAmount）は…」) and keep the API's name beside it, so a
 * person and a developer both find it. Nested fields are named by their last part.
 */
export const EVENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  type: 'イベントの種類',
  note: '相談記録',
  summary: '相談の結果',
  reason: '理由',
  reasons: '理由',
  requestedAmount: '申請額',
  plannedExpenses: '予定経費',
  actualExpenses: '実績経費',
  category: '経費区分',
  description: '内容',
  amount: '金額',
  documents: '添付書類',
  dueOn: '期限',
  reviewerId: '審査員',
  scores: '評点',
  criterion: '評価項目',
  score: '評点',
  comment: '講評',
  conditions: '交付条件',
  noticeNumber: '通知番号',
  refundOrderNumber: '返還命令の番号',
  refundDueOn: '返還期限',
  completedOn: '事業完了日',
  outcomes: '事業の成果',
  paidOn: '支払日',
  refundedOn: '収納日',
  kind: '支払の種類',
  remainingTotalCap: '通算上限の残額',
};

/** `plannedExpenses[0].amount` → 「予定経費1行目の金額（plannedExpenses[0].amount）」. */
export function fieldName(path: string, labels: Readonly<Record<string, string>> = EVENT_FIELD_LABELS): string {
  const parts = [...path.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)];
  const words = parts.map(([, name, index]) => {
    const label = labels[name as string] ?? name;
    return index === undefined ? label : `${label}${Number(index) + 1}行目`;
  });
  return `${words.join('の')}（${path}）`;
}
