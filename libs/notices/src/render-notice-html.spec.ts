import type { NoticeContent } from './notice-content.js';
import { noticeDocument } from './notice-document.js';
import { renderNoticeHtml } from './render-notice-html.js';

const HOSTILE = `<script>alert("x")</script> & 'Co' <img src=x onerror=alert(1)>`;

const rejection: NoticeContent = {
  version: 1,
  kind: 'rejectionDecision',
  noticeNumber: '一協第13号',
  issuedOn: '2025-05-30',
  municipality: { name: '一関市', head: '一関市長' },
  organization: { name: '舞川地区地域協働体' },
  caseNumber: 'R7-協働支援-0001',
  fiscalYear: 2025,
  program: { code: '協働支援', name: '地域協働体支援事業補助金' },
  requestedAmount: 60_000,
  reasons: ['事業効果が不明確', '経費の積算根拠が不足'],
};
const render = (content: NoticeContent) => renderNoticeHtml(noticeDocument(content, { appeal: { requestMonths: 3, lawsuitMonths: 6 } }));

describe('renderNoticeHtml', () => {
  it('writes one complete Japanese HTML document, printable on A4', () => {
    const html = render(rejection);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>不交付決定通知書 一協第13号</title>');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<time datetime="2025-05-30">令和7年5月30日</time>');
    expect(html).toContain('<p class="addressee">舞川地区地域協働体 様</p>');
    expect(html).toContain('<p class="sender">一関市長</p>');
    expect(html).toContain('<h1>不交付決定通知書</h1>');
    expect(html).toContain('<li><span class="no">(2)</span>経費の積算根拠が不足</li>');
    expect(html).toContain('<h2>教示</h2>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes a hostile organization name, reason and notice number wherever they appear', () => {
    const html = render({ ...rejection, noticeNumber: `一協"第13号<`, organization: { name: HOSTILE }, reasons: [HOSTILE] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain(`"第13号<`);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &lt;img src=x onerror=alert(1)&gt;';
    expect(html).toContain(`<p class="addressee">${escaped} 様</p>`);
    expect(html).toContain(`<li><span class="no">(1)</span>${escaped}</li>`);
    expect(html).toContain('<title>不交付決定通知書 一協&quot;第13号&lt;</title>');
  });
});
