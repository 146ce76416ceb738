import { reminderMessage, type ReminderMessageInput } from './reminder-message.js';

const input: ReminderMessageInput = {
  kind: 'reminder',
  deadlineKind: 'reportDue',
  recipient: { displayName: '舞川 太郎', role: 'applicant' },
  remindRoles: ['applicant'],
  caseNumber: 'R7-協働支援-0012',
  organizationName: '舞川地区地域協働体',
  programName: '地域協働体支援事業補助金',
  tenantName: '一関市',
  dueOn: '2025-05-07',
  today: '2025-04-30',
};

describe('reminderMessage', () => {
  it('writes a reminder in Japanese with the case, the organization, the program, what is due, both dates and what to do', () => {
    expect(reminderMessage(input)).toEqual({
      subject: '【期限のお知らせ】実績報告書の提出：令和7年5月7日まで（R7-協働支援-0012）',
      body: [
        '舞川 太郎 様',
        '',
        '次の期限が近づいています。期限まであと7日です。',
        '',
        '案件番号：R7-協働支援-0012',
        '団体名：舞川地区地域協働体',
        '補助事業：地域協働体支援事業補助金',
        '期限の内容：実績報告書の提出',
        '期限：令和7年5月7日（2025-05-07）',
        '',
        'お願いしたいこと：',
        '実績報告書・収支決算書・領収書の写しなどを提出してください。',
        '',
        'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
        '一関市 地域協働 補助金システム',
        '',
      ].join('\n'),
    });
  });

  it('says the day has come on the day', () => {
    expect(reminderMessage({ ...input, today: '2025-05-07' }).body).toContain('次の期限が近づいています。本日が期限です。');
  });

  it('words an escalation apart: overdue days, who is late, and what the escalated role should do', () => {
    const message = reminderMessage({
      ...input,
      kind: 'escalation',
      recipient: { displayName: '担当 花子', role: 'officer' },
      dueOn: '2026-01-05',
      today: '2026-01-09',
    });
    expect(message.subject).toBe('【期限超過】実績報告書の提出：令和8年1月5日の期限を過ぎています（R7-協働支援-0012）');
    expect(message.body).toContain('担当 花子 様');
    expect(message.body).toContain('次の期限が過ぎましたが、まだ完了していません。期限を4日過ぎています。');
    expect(message.body).toContain('期限：令和8年1月5日（2026-01-05）');
    expect(message.body).toContain('対応が遅れている方：申請団体');
    expect(message.body).toContain('対応が遅れている方に連絡して状況を確認し、督促や期限の再設定など必要な対応を取ってください。');
    expect(message.body).not.toContain('近づいています');
  });

  it('tells each reminded role its own part of a refund due', () => {
    const refund = { ...input, deadlineKind: 'refundDue' as const };
    expect(reminderMessage(refund).body).toContain('返還命令に基づく返還金を納付期限までに納付してください。');
    expect(reminderMessage({ ...refund, recipient: { displayName: '会計 一郎', role: 'finance' } }).body).toContain(
      '返還金の収納状況を確認し、収納したら記録してください。',
    );
  });

  it('names a case not yet accepted by its organization, since it has no number', () => {
    const message = reminderMessage({ ...input, deadlineKind: 'correctionDue', caseNumber: null });
    expect(message.subject).toBe('【期限のお知らせ】補正（差戻し）への対応：令和7年5月7日まで（舞川地区地域協働体）');
    expect(message.body).toContain('案件番号：未採番（受理前の申請）');
  });

  it('dates in the era of the due date itself: 平成31年4月30日, then 令和元年5月1日', () => {
    expect(reminderMessage({ ...input, dueOn: '2019-04-30', today: '2019-04-30' }).body).toContain('期限：平成31年4月30日（2019-04-30）');
    expect(reminderMessage({ ...input, dueOn: '2019-05-01', today: '2019-05-01' }).body).toContain('期限：令和元年5月1日（2019-05-01）');
  });
});
