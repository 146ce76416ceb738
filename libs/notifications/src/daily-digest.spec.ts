import { dailyDigestMessage, nextDigestAt } from './daily-digest.js';

describe('nextDigestAt', () => {
  it.each([
    ['2025-05-12T08:59:59+09:00', '2025-05-12T09:00:00+09:00'],
    ['2025-05-12T09:00:00+09:00', '2025-05-13T09:00:00+09:00'],
    ['2025-05-12T23:30:00+09:00', '2025-05-13T09:00:00+09:00'],
    // 00:30 in Tokyo is still the evening before in UTC: the digest is that Tokyo morning's.
    ['2025-05-13T00:30:00+09:00', '2025-05-13T09:00:00+09:00'],
  ])('a message written at %s goes out at %s', (written, expected) => {
    expect(nextDigestAt(new Date(written), 9).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('dailyDigestMessage', () => {
  it('lists every subject first, then each message in full, dated in the era', () => {
    const message = dailyDigestMessage({ displayName: '舞川 花子', tenantName: '一関市' }, '2025-05-13', [
      { subject: '【R7-協働支援-0001】申請を受理しました', body: '申請を受理しました。' },
      { subject: '【R7-協働支援-0002】申請が差し戻されました（補正のお願い）', body: '理由：見積書がありません' },
    ]);
    expect(message.subject).toBe('【お知らせのまとめ】令和7年5月13日（2件）');
    expect(message.body.split('\n')).toEqual([
      '舞川 花子 様',
      '',
      '前回のまとめから後のお知らせが2件あります。アプリのホームにも同じものがあります。',
      '',
      '1. 【R7-協働支援-0001】申請を受理しました',
      '2. 【R7-協働支援-0002】申請が差し戻されました（補正のお願い）',
      '',
      '―― 1. 【R7-協働支援-0001】申請を受理しました ――',
      '申請を受理しました。',
      '',
      '―― 2. 【R7-協働支援-0002】申請が差し戻されました（補正のお願い） ――',
      '理由：見積書がありません',
      '',
      '一関市 地域協働 補助金システム',
    ]);
  });
});
