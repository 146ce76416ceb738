import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { NoticeContent } from './notice-content.js';
import { noticeDocument } from './notice-document.js';
import { renderNoticePdf } from './render-notice-pdf.js';

const decision: NoticeContent = {
  version: 1,
  kind: 'grantDecision',
  noticeNumber: '一協第12号',
  issuedOn: '2025-05-01',
  municipality: { name: '一関市', head: '一関市長' },
  organization: { name: '舞川地区地域協働体' },
  caseNumber: 'R7-協働支援-0001',
  fiscalYear: 2025,
  program: { code: '協働支援', name: '地域協働体支援事業補助金' },
  requestedAmount: 123_456,
  decidedAmount: 100_000,
  conditions: ['実績報告書に活動写真を添付すること'],
  withdrawableUntil: '2025-05-11',
};
const render = (content: NoticeContent) => renderNoticePdf(noticeDocument(content, { appeal: { requestMonths: 3, lawsuitMonths: 6 } }));
/** The text a reader extracts, lines joined: a long sentence may wrap anywhere. */
const textOf = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\n/g, '');

describe('renderNoticePdf', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await render(decision);
  });

  it('writes an A4 PDF whose text is the notice in Japanese', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = await textOf(pdf);
    for (const phrase of ['交付決定通知書', '一協第12号', '令和7年5月1日', '舞川地区地域協働体 様', '一関市長', '金100,000円', '実績報告書に活動写真を添付すること', '教示']) {
      expect(text).toContain(phrase);
    }
  });

  it('embeds the subset of Noto Serif JP it uses, so it prints without the font installed', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifJP-Regular/);
    expect(raw).toContain('/FontFile2');
    // A subset, not the 7.5 MB face.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('takes its title, author and dates from the notice, so the same notice gives the same bytes', async () => {
    const { info } = await getMeta(await getDocumentProxy(new Uint8Array(pdf)));
    expect(info).toMatchObject({ Title: '交付決定通知書 一協第12号', Author: '一関市長', CreationDate: "D:20250430150000Z", ModDate: "D:20250430150000Z" });
    expect((await render(decision)).equals(pdf)).toBe(true);
    expect((await render({ ...decision, decidedAmount: 90_000 })).equals(pdf)).toBe(false);
  });
});
