import type { CaseNewsFacts } from './case-news-facts.js';
import { caseNewsMessage } from './case-news-message.js';
import { newsOf } from './who-hears-what.js';

const facts = (changes: Partial<CaseNewsFacts>): CaseNewsFacts => ({
  caseId: '0b7c6a58-3f0e-4f7e-9d7a-1d2f3e4a5b6c',
  caseNumber: 'R7-協働支援-0001',
  programName: '地域協働体支援事業補助金',
  organizationName: '舞川地区地域協働体',
  eventType: 'ACCEPT',
  actorRole: 'officer',
  stateBefore: 'application.submitted',
  stateAfter: 'review.inReview',
  payload: {},
  requestedAmount: 100_000,
  decidedAmount: null,
  confirmedAmount: null,
  openDeadlines: [],
  ...changes,
});

/** Who hears of the event, each with the headline they read. */
const told = (changes: Partial<CaseNewsFacts>) => newsOf(facts(changes)).map((news) => [news.audience, news.headline]);

describe('who hears what (WHO_HEARS_WHAT), row by row', () => {
  it.each([
    ['ACCEPT', 'officer', 'application.submitted', 'review.inReview', [['applicantMembers', '申請を受理しました']]],
    ['RETURN_FOR_CORRECTION', 'officer', 'application.submitted', 'application.returned', [['applicantMembers', '申請が差し戻されました（補正のお願い）']]],
    ['DECIDE_REJECT', 'approver', 'review.awaitingDecision', 'rejected', [['applicantMembers', '不交付決定がありました']]],
    ['APPROVE_CHANGE', 'approver', 'grant.changeRequested', 'grant.inProgress', [['applicantMembers', '変更承認申請が承認されました']]],
    ['REJECT_CHANGE', 'approver', 'grant.changeRequested', 'grant.inProgress', [['applicantMembers', '変更承認申請は承認されませんでした']]],
    ['APPROVE_DISCONTINUE', 'approver', 'grant.discontinueRequested', 'withdrawn', [['applicantMembers', '事業の中止・廃止が承認されました']]],
    ['REJECT_DISCONTINUE', 'approver', 'grant.discontinueRequested', 'grant.inProgress', [['applicantMembers', '事業の中止・廃止は承認されませんでした']]],
    ['RETURN_REPORT', 'officer', 'settlement.reportSubmitted', 'settlement.reportDue', [['applicantMembers', '実績報告が差し戻されました（補正のお願い）']]],
    ['RECORD_PAYMENT', 'finance', 'grant.inProgress', 'grant.inProgress', [['applicantMembers', '補助金を支払いました']]],
    ['SUBMIT', 'applicant', 'application.draft', 'application.submitted', [['officers', '交付申請が提出されました']]],
    ['RESUBMIT', 'applicant', 'application.returned', 'application.submitted', [['officers', '差し戻した申請が再提出されました']]],
    ['WITHDRAW', 'applicant', 'application.submitted', 'withdrawn', [['officers', '申請が取り下げられました']]],
    ['DECLARE_CONFLICT', 'reviewer', 'review.inReview', 'review.inReview', [['officers', '審査員が利益相反を申し出ました']]],
    ['NOTIFY_MINOR_CHANGE', 'applicant', 'grant.inProgress', 'grant.inProgress', [['officers', '軽微な変更の届出がありました']]],
    ['AFFIRM_NO_CONFLICT', 'reviewer', 'review.inReview', 'review.inReview', []],
    ['SUBMIT_REPORT', 'applicant', 'settlement.reportDue', 'settlement.reportSubmitted', [['officers', '実績報告が提出されました']]],
    ['ASSIGN_REVIEWER', 'officer', 'review.inReview', 'review.inReview', [['assignedReviewer', '審査の担当になりました']]],
    ['SUBMIT_REVIEW', 'reviewer', 'review.inReview', 'review.awaitingDecision', [['approvers', '審査が終わり、決裁を待っています']]],
    ['SUBMIT_REVIEW', 'reviewer', 'review.inReview', 'review.inReview', []],
    ['REQUEST_ADVANCE', 'applicant', 'grant.inProgress', 'grant.inProgress', [['finance', '前金払（概算払）の請求がありました']]],
    ['START_PROJECT', 'applicant', 'grant.decided', 'grant.inProgress', []],
  ] as const)('%s by %s (%s → %s)', (eventType, actorRole, stateBefore, stateAfter, expected) => {
    expect(told({ eventType, actorRole, stateBefore, stateAfter })).toEqual(expected);
  });

  it('tells the applicant of a change of plan and of a discontinuation asked for, and the approvers that each awaits them', () => {
    expect(told({ eventType: 'REQUEST_CHANGE', actorRole: 'applicant', stateBefore: 'grant.inProgress', stateAfter: 'grant.changeRequested' })).toEqual([
      ['officers', '変更承認申請が提出されました'],
      ['approvers', '変更承認申請が決裁を待っています'],
    ]);
    expect(told({ eventType: 'REQUEST_DISCONTINUE', actorRole: 'applicant', stateBefore: 'grant.inProgress', stateAfter: 'grant.discontinueRequested' })).toEqual([
      ['officers', '事業の中止・廃止の承認申請が提出されました'],
      ['approvers', '事業の中止・廃止の承認申請が決裁を待っています'],
    ]);
  });

  it('says 修正交付決定 when the decided amount is below the request, with both amounts and the conditions', () => {
    const [full] = newsOf(facts({ eventType: 'DECIDE_GRANT', stateAfter: 'grant.decided', decidedAmount: 100_000 }));
    expect(full?.headline).toBe('交付決定がありました');
    const [reduced] = newsOf(facts({ eventType: 'DECIDE_GRANT', stateAfter: 'grant.decided', decidedAmount: 80_000, payload: { conditions: ['領収書を保管すること'] } }));
    expect(reduced).toMatchObject({ audience: 'applicantMembers', headline: '修正交付決定がありました（申請額から減額）', details: ['交付決定額：80,000円', '申請額：100,000円', '条件：領収書を保管すること'] });
  });

  it('tells of 額の確定 alone, or with a 返還命令 to the applicant and finance when the amount falls below what was paid; finance of a final payment due', () => {
    expect(told({ eventType: 'CONFIRM_AMOUNT', stateBefore: 'settlement.reportSubmitted', stateAfter: 'settlement.paymentDue', confirmedAmount: 90_000 })).toEqual([
      ['applicantMembers', '補助金の額が確定しました（額の確定）'],
      ['finance', '額の確定により精算払が必要です'],
    ]);
    expect(told({ eventType: 'CONFIRM_AMOUNT', stateBefore: 'settlement.reportSubmitted', stateAfter: 'settlement.refundDue', confirmedAmount: 70_000 })).toEqual([
      ['applicantMembers', '補助金の額が確定し、返還命令がありました'],
      ['finance', '返還命令が出されました（返還金の収納）'],
    ]);
    expect(told({ eventType: 'REVOKE', stateBefore: 'grant.inProgress', stateAfter: 'revocation.refundDue', payload: { reason: '目的外使用' } })).toEqual([
      ['applicantMembers', '交付決定が取り消され、返還命令がありました'],
      ['finance', '返還命令が出されました（返還金の収納）'],
    ]);
    expect(told({ eventType: 'REVOKE', stateBefore: 'grant.decided', stateAfter: 'revoked', payload: { reason: '目的外使用' } })).toEqual([['applicantMembers', '交付決定が取り消されました']]);
  });

  it('tells the other side of a consultation note', () => {
    expect(told({ eventType: 'ADD_NOTE', actorRole: 'officer', stateBefore: 'consultation.open', stateAfter: 'consultation.open', payload: { note: '次回は11日' } })).toEqual([
      ['applicantMembers', '相談の記録に担当職員からの書き込みがありました'],
    ]);
    expect(told({ eventType: 'ADD_NOTE', actorRole: 'applicant', stateBefore: 'consultation.open', stateAfter: 'consultation.open', payload: { note: '了解です' } })).toEqual([
      ['officers', '相談の記録に団体からの書き込みがありました'],
    ]);
  });
});

describe('caseNewsMessage', () => {
  it('puts the case, what happened, the reason, what to do, by when in the era and the link to the case into one Japanese message', () => {
    const returned = facts({
      eventType: 'RETURN_FOR_CORRECTION',
      stateAfter: 'application.returned',
      payload: { reason: '収支予算書の合計が合いません' },
      openDeadlines: [{ kind: 'correctionDue', subject: '', dueOn: '2025-06-10' }],
    });
    const [news] = newsOf(returned);
    if (!news) throw new Error('no news');
    const message = caseNewsMessage(news, returned, { displayName: '舞川 花子', tenantName: '一関市', appUrl: 'https://grants.example.jp', recipientUserId: 'u1' });
    expect(message.subject).toBe('【R7-協働支援-0001】申請が差し戻されました（補正のお願い）');
    expect(message.body.split('\n')).toEqual([
      '舞川 花子 様',
      '',
      '申請が差し戻されました（補正のお願い）。',
      '',
      '案件番号：R7-協働支援-0001',
      '団体名：舞川地区地域協働体',
      '補助事業：地域協働体支援事業補助金',
      '理由：収支予算書の合計が合いません',
      '',
      'お願いしたいこと：',
      '理由を確認し、申請書類を直して再提出してください。',
      '期限：令和7年6月10日（2025-06-10）',
      '',
      '案件を開く：https://grants.example.jp/app/cases/0b7c6a58-3f0e-4f7e-9d7a-1d2f3e4a5b6c',
      '',
      'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
      '一関市 地域協働 補助金システム',
    ]);
  });

  it('gives a reviewer the due date of their own review, not another reviewer’s', () => {
    const assigned = facts({
      eventType: 'ASSIGN_REVIEWER',
      payload: { reviewerId: 'r2' },
      openDeadlines: [
        { kind: 'reviewDue', subject: 'r1', dueOn: '2025-06-01' },
        { kind: 'reviewDue', subject: 'r2', dueOn: '2025-06-20' },
      ],
    });
    const [news] = newsOf(assigned);
    if (!news) throw new Error('no news');
    const { body } = caseNewsMessage(news, assigned, { displayName: '審査 次郎', tenantName: '一関市', appUrl: 'https://grants.example.jp', recipientUserId: 'r2' });
    expect(body).toContain('期限：令和7年6月20日（2025-06-20）');
  });
});
