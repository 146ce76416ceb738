import type { NoticeKind } from '#libs/lifecycle';
import type { NoticeContent, NoticeHeading } from './notice-content.js';
import { noticeDocument, type NoticeDocument } from './notice-document.js';

const heading: Omit<NoticeHeading, 'noticeNumber' | 'issuedOn'> = {
  version: 1,
  municipality: { name: '一関市', head: '一関市長' },
  organization: { name: '舞川地区地域協働体' },
  caseNumber: 'R7-協働支援-0001',
  fiscalYear: 2025,
  program: { code: '協働支援', name: '地域協働体支援事業補助金' },
};
const on = (issuedOn: string, noticeNumber = '一協第12号') => ({ ...heading, issuedOn, noticeNumber });
const refund = { principal: 30_000, dueOn: '2025-09-22', additionPerYear: { numerator: 1095, denominator: 10_000 }, delinquencyPerYear: { numerator: 1095, denominator: 10_000 } };

/** One notice of every kind, as the effects writer stores them. */
const EXAMPLES: { [K in NoticeKind]: Extract<NoticeContent, { kind: K }> } = {
  acceptance: { ...on('2025-05-12', 'R7-受理-0001'), kind: 'acceptance', requestedAmount: 60_000, standardProcessingDays: 30 },
  correctionRequest: { ...on('2025-05-12', 'R7-補正-0001'), caseNumber: null, kind: 'correctionRequest', subject: 'application', reason: '収支予算書の合計が不一致', dueOn: '2025-05-26' },
  grantDecision: { ...on('2025-05-30'), kind: 'grantDecision', requestedAmount: 123_456, decidedAmount: 100_000, conditions: ['実績報告書に活動写真を添付すること', '事業内容を変更するときは事前に承認を受けること'], withdrawableUntil: '2025-06-09' },
  rejectionDecision: { ...on('2025-05-30', '一協第13号'), kind: 'rejectionDecision', requestedAmount: 60_000, reasons: ['事業効果が不明確'] },
  changeApproval: { ...on('2025-07-01', '一協第20号'), kind: 'changeApproval', previousDecidedAmount: 60_000, decidedAmount: 90_000 },
  discontinuationApproval: { ...on('2025-08-05', '一協第25号'), kind: 'discontinuationApproval', decidedAmount: 50_000, paidAmount: 20_000, reportDueOn: '2025-09-04' },
  revocation: { ...on('2025-09-01', '一協第30号'), kind: 'revocation', decidedOn: '2025-05-30', decidedAmount: 60_000, reason: '目的外使用', refund, refundOrderNumber: '一協第31号' },
  amountConfirmation: { ...on('2025-12-20', '一協第40号'), kind: 'amountConfirmation', decidedAmount: 100_000, confirmedAmount: 80_000, paidAmount: 0, refundOrderNumber: null },
  refundOrder: { ...on('2025-09-01', '一協第31号'), kind: 'refundOrder', cause: 'revocation', causeNoticeNumber: '一協第30号', refund },
};

const appeal = { requestMonths: 3, lawsuitMonths: 6 };
const documentOf = (content: NoticeContent) => noticeDocument(content, { appeal });
/** Everything the document says, in reading order, as one text. */
const textOf = (document: NoticeDocument) =>
  [
    document.noticeNumber,
    document.date,
    document.addressee,
    document.sender,
    document.title,
    ...document.paragraphs,
    ...document.items.flatMap((item) => [item.label, ...('text' in item ? [item.text] : item.list)]),
    ...document.remarks,
    ...document.instruction,
  ].join('\n');

describe('noticeDocument', () => {
  it.each([
    ['acceptance', '受理通知書', ['令和7年5月12日付けで受理したので通知します', '金60,000円', '受理の日から30日']],
    ['correctionRequest', '補正依頼書', ['交付申請書について、下記のとおり補正を求めます', '収支予算書の合計が不一致', '令和7年5月26日']],
    ['grantDecision', '交付決定通知書', ['下記のとおり交付することに決定したので通知します', '金100,000円', '令和7年6月9日までに申請を取り下げることができます']],
    ['rejectionDecision', '不交付決定通知書', ['下記の理由により交付しないことに決定したので通知します', '事業効果が不明確']],
    ['changeApproval', '変更承認通知書', ['計画変更については、下記のとおり承認したので通知します', '金60,000円', '金90,000円']],
    ['discontinuationApproval', '中止（廃止）承認通知書', ['中止（廃止）については、下記のとおり承認したので通知します', '金20,000円', '令和7年9月4日']],
    ['revocation', '交付決定取消通知書', ['令和7年5月30日付けで交付決定した', '交付決定の全部を取り消したので通知します', '目的外使用', '返還命令書（一協第31号）']],
    ['amountConfirmation', '額の確定通知書', ['下記のとおり確定したので通知します', '金80,000円', '精算払額は、追って交付します。']],
    ['refundOrder', '返還命令書', ['令和7年9月1日付け一協第30号により交付決定を取り消した', '返還するよう命じます', '金30,000円', '令和7年9月22日', '年10.95パーセント']],
  ] as const)('renders a %s notice titled %s, in Japanese, with its figures', (kind, title, phrases) => {
    const document = documentOf(EXAMPLES[kind]);
    expect(document).toMatchObject({ kind, title, addressee: '舞川地区地域協働体 様', sender: '一関市長' });
    expect(document.paragraphs.length).toBeGreaterThan(0);
    const text = textOf(document);
    expect(text).toContain('令和7年度地域協働体支援事業補助金');
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('dates a notice in the era of its issue day', () => {
    expect(documentOf(EXAMPLES.grantDecision).date).toBe('令和7年5月30日');
    expect(documentOf({ ...EXAMPLES.grantDecision, issuedOn: '2019-04-30' }).date).toBe('平成31年4月30日');
    expect(documentOf({ ...EXAMPLES.grantDecision, issuedOn: '2019-05-01' }).date).toBe('令和元年5月1日');
  });

  it('lists 記 with the case number and the program, the conditions as a numbered list, and なし for none', () => {
    const document = documentOf(EXAMPLES.grantDecision);
    expect(document.items).toEqual([
      { label: '案件番号', text: 'R7-協働支援-0001' },
      { label: '補助金等の名称', text: '令和7年度地域協働体支援事業補助金' },
      { label: '交付申請額', text: '金123,456円' },
      { label: '交付決定額', text: '金100,000円' },
      { label: '交付の条件', list: ['実績報告書に活動写真を添付すること', '事業内容を変更するときは事前に承認を受けること'] },
    ]);
    expect(documentOf({ ...EXAMPLES.grantDecision, conditions: [] }).items.at(-1)).toEqual({ label: '交付の条件', text: 'なし' });
  });

  it('says a 交付決定 below the request was reduced (修正交付決定), and says nothing of it otherwise', () => {
    const reduction = '交付決定額は、申請の内容を審査の上、交付申請額を修正して決定したものです。';
    expect(documentOf(EXAMPLES.grantDecision).remarks).toContain(reduction);
    expect(documentOf({ ...EXAMPLES.grantDecision, requestedAmount: 100_000 }).remarks).not.toContain(reduction);
  });

  it('leaves out the case number a 補正依頼 before 受理 does not have', () => {
    expect(documentOf(EXAMPLES.correctionRequest).items.map((item) => item.label)).toEqual(['補助金等の名称', '補正を求める事項', '提出期限']);
  });

  it('carries 教示 with the configured periods on a 処分 one may contest, and none on a 受理 or 補正依頼', () => {
    const contestable: NoticeKind[] = ['grantDecision', 'rejectionDecision', 'revocation', 'amountConfirmation', 'refundOrder'];
    for (const kind of Object.keys(EXAMPLES) as NoticeKind[]) {
      expect([kind, documentOf(EXAMPLES[kind]).instruction.length]).toEqual([kind, contestable.includes(kind) ? 2 : 0]);
    }
    const [request, lawsuit] = noticeDocument(EXAMPLES.rejectionDecision, { appeal: { requestMonths: 4, lawsuitMonths: 7 } }).instruction;
    expect(request).toBe('この処分に不服がある場合は、この処分があったことを知った日の翌日から起算して4か月以内に、一関市長に対して審査請求をすることができます。');
    expect(lawsuit).toContain('7か月以内に、一関市を被告として（訴訟において一関市を代表する者は一関市長となります。）提起することができます。');
  });

  it('states the 教示 periods kept with the notice when it was issued, whatever the configuration says now', () => {
    const issuedUnderOldRules = { ...EXAMPLES.rejectionDecision, appeal: { requestMonths: 2, lawsuitMonths: 5 } };
    const [request, lawsuit] = noticeDocument(issuedUnderOldRules, { appeal: { requestMonths: 4, lawsuitMonths: 7 } }).instruction;
    expect(request).toContain('起算して2か月以内に、一関市長に対して審査請求');
    expect(lawsuit).toContain('5か月以内に、一関市を被告として');
  });

  it('asks for the refund of an amount confirmed below what was paid, and tells of no 加算金 on it', () => {
    const overpaid = documentOf({ ...EXAMPLES.amountConfirmation, confirmedAmount: 42_000, paidAmount: 50_000, refundOrderNumber: '一協第52号' });
    expect(overpaid.items).toContainEqual({ label: '返還を求める額', text: '金8,000円' });
    expect(overpaid.remarks).toEqual(['返還については、別途返還命令書（一協第52号）により通知します。']);
    const order = documentOf({ ...EXAMPLES.refundOrder, cause: 'amountConfirmation', refund: { ...refund, principal: 8_000, additionPerYear: null } });
    expect(order.paragraphs[0]).toContain('額を確定した令和7年度地域協働体支援事業補助金について、既に交付した補助金のうち確定額を超える部分を');
    expect(order.items.map((item) => item.label)).toEqual(['案件番号', '補助金等の名称', '返還を命ずる額', '納付期限', '延滞金']);
  });
});
