import { CASE_STATE_LABELS } from '#libs/lifecycle';
import type { FiscalYearCloseCase } from './fiscal-year-close-case.js';
import { fiscalYearCloseCsv } from './fiscal-year-close-csv.js';
import { fiscalYearCloseMessage } from './fiscal-year-close-message.js';
import { fiscalYearCloseReport } from './fiscal-year-close-report.js';
import { SETTLED_CASE_STATES } from './fiscal-year-close-settled-states.js';

const SUPPORT = { programCode: '協働支援', programName: '地域協働体支援事業補助金' };
const CONSENSUS = { programCode: '合意形成', programName: '地域の合意形成を図る事業に対する支援' };

const aCase = (overrides: Partial<FiscalYearCloseCase>): FiscalYearCloseCase => ({
  caseId: 'c0',
  caseNumber: null,
  organizationName: '舞川地区地域協働体',
  ...SUPPORT,
  state: 'application.draft',
  decidedAmount: null,
  confirmedAmount: null,
  paidAmount: 0,
  refundedAmount: 0,
  ...overrides,
});

const CASES: FiscalYearCloseCase[] = [
  aCase({ caseId: 'c1', caseNumber: 'R7-協働支援-0002', organizationName: '弥栄地区地域協働体', state: 'review.inReview' }),
  aCase({ caseId: 'c2', caseNumber: 'R7-協働支援-0001', state: 'grant.inProgress', decidedAmount: 60_000, paidAmount: 20_000 }),
  aCase({ caseId: 'c3', ...CONSENSUS, state: 'consultation.open' }),
  aCase({ caseId: 'c4', caseNumber: 'R7-協働支援-0003', state: 'settlement.refundDue', decidedAmount: 90_000, confirmedAmount: 70_000, paidAmount: 90_000 }),
  aCase({ caseId: 'c5', caseNumber: 'R7-協働支援-0004', state: 'closed', decidedAmount: 30_000, confirmedAmount: 30_000, paidAmount: 30_000 }),
  aCase({ caseId: 'c6', state: 'withdrawn' }),
];

describe('SETTLED_CASE_STATES', () => {
  it("are the lifecycle's final states, and only those", () => {
    expect([...SETTLED_CASE_STATES].sort()).toEqual(['closed', 'closedWithoutApplication', 'rejected', 'revoked', 'withdrawn']);
    expect(Object.keys(CASE_STATE_LABELS)).toEqual(expect.arrayContaining([...SETTLED_CASE_STATES]));
  });
});

describe('fiscalYearCloseReport', () => {
  const report = fiscalYearCloseReport(2025, '2026-05-01', CASES);

  it('dates the close of FY2025 on 2026-05-31 (令和8年5月31日), 30 days after 2026-05-01', () => {
    expect(report).toMatchObject({
      fiscalYear: 2025,
      fiscalYearLabel: '令和7年度',
      accountsCloseOn: '2026-05-31',
      accountsCloseOnEra: '令和8年5月31日',
      asOf: '2026-05-01',
      daysUntilClose: 30,
    });
  });

  it('lists the unsettled cases by program (code point order of the code), numbered ones in number order first, and leaves out the closed and withdrawn', () => {
    expect(report.unsettledCount).toBe(4);
    expect(report.cases.map((entry) => [entry.caseId, entry.stateJa])).toEqual([
      ['c2', '事業実施中'],
      ['c1', '審査中'],
      ['c4', '返還待ち'],
      ['c3', '相談中'],
    ]);
  });

  it('counts the cases of each program by state, in lifecycle order', () => {
    expect(report.byProgram).toEqual([
      {
        ...SUPPORT,
        count: 3,
        byState: [
          { state: 'review.inReview', stateJa: '審査中', count: 1 },
          { state: 'grant.inProgress', stateJa: '事業実施中', count: 1 },
          { state: 'settlement.refundDue', stateJa: '返還待ち', count: 1 },
        ],
      },
      { ...CONSENSUS, count: 1, byState: [{ state: 'consultation.open', stateJa: '相談中', count: 1 }] },
    ]);
  });

  it('is empty when every case is settled', () => {
    const settled = fiscalYearCloseReport(2025, '2026-05-29', CASES.filter((entry) => SETTLED_CASE_STATES.includes(entry.state)));
    expect([settled.unsettledCount, settled.cases, settled.byProgram, settled.daysUntilClose]).toEqual([0, [], [], 2]);
  });
});

describe('fiscalYearCloseMessage', () => {
  const report = fiscalYearCloseReport(2025, '2026-05-01', CASES);

  it('tells finance, in Japanese, how many cases are unsettled, until when, what to do and which cases', () => {
    const message = fiscalYearCloseMessage({ report, recipient: { displayName: '会計 花子', role: 'finance' }, tenantName: '一関市' });
    expect(message.subject).toBe('令和7年度 未精算案件のお知らせ（出納整理期間は令和8年5月31日まで）');
    expect(message.body).toBe(
      [
        '会計 花子 様',
        '',
        '令和7年度の補助金案件のうち、精算が済んでいない案件が4件あります（令和8年5月1日現在）。',
        '出納整理期間は令和8年5月31日（2026-05-31）までです。出納閉鎖まであと30日です。',
        '',
        'お願いしたいこと：',
        '支払と返還金の収納に記録漏れがないか確認し、出納閉鎖日までに精算払と返還金の収納を済ませてください。',
        '',
        '■ 補助事業別の件数',
        '・地域協働体支援事業補助金：3件（審査中 1件、事業実施中 1件、返還待ち 1件）',
        '・地域の合意形成を図る事業に対する支援：1件（相談中 1件）',
        '',
        '■ 未精算の案件',
        '・R7-協働支援-0001　舞川地区地域協働体　地域協働体支援事業補助金　事業実施中　交付決定額 60,000円　支払済額 20,000円',
        '・R7-協働支援-0002　弥栄地区地域協働体　地域協働体支援事業補助金　審査中　交付決定額 未決定　支払済額 0円',
        '・R7-協働支援-0003　舞川地区地域協働体　地域協働体支援事業補助金　返還待ち　交付決定額 90,000円　確定額 70,000円　支払済額 90,000円',
        '・未採番　舞川地区地域協働体　地域の合意形成を図る事業に対する支援　相談中　交付決定額 未決定　支払済額 0円',
        '',
        'このメールは送信専用です。ご不明な点は担当課までお問い合わせください。',
        '一関市 地域協働 補助金システム',
        '',
      ].join('\n'),
    );
  });

  it("asks an officer for the reports and 額の確定, and says on the close day that it is today", () => {
    const onTheDay = fiscalYearCloseReport(2026, '2027-05-31', CASES);
    const { body } = fiscalYearCloseMessage({ report: onTheDay, recipient: { displayName: 'officer', role: 'officer' }, tenantName: '一関市' });
    expect(body).toContain('出納整理期間は令和9年5月31日（2027-05-31）までです。本日が出納閉鎖日です。');
    expect(body).toContain('実績報告の提出・確認や額の確定の手続を進め、出納閉鎖日までに精算できるよう申請団体と調整してください。');
  });

  it('shows a refund received', () => {
    const refunded = fiscalYearCloseReport(2025, '2026-05-29', [aCase({ caseNumber: 'R7-協働支援-0009', state: 'revocation.refundDue', decidedAmount: 50_000, paidAmount: 50_000, refundedAmount: 1_234_567 })]);
    expect(fiscalYearCloseMessage({ report: refunded, recipient: { displayName: 'x', role: 'finance' }, tenantName: '一関市' }).body).toContain(
      '交付決定取消・返還待ち　交付決定額 50,000円　支払済額 50,000円　返還済額 1,234,567円',
    );
  });
});

describe('fiscalYearCloseCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, one case a row, an empty cell for an amount not there yet', () => {
    const csv = fiscalYearCloseCsv(fiscalYearCloseReport(2025, '2026-05-01', CASES));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '年度,案件番号,団体名,補助事業,状態,交付決定額,確定額,支払済額,返還済額',
      '令和7年度,R7-協働支援-0001,舞川地区地域協働体,地域協働体支援事業補助金,事業実施中,60000,,20000,0',
      '令和7年度,R7-協働支援-0002,弥栄地区地域協働体,地域協働体支援事業補助金,審査中,,,0,0',
      '令和7年度,R7-協働支援-0003,舞川地区地域協働体,地域協働体支援事業補助金,返還待ち,90000,70000,90000,0',
      '令和7年度,,舞川地区地域協働体,地域の合意形成を図る事業に対する支援,相談中,,,0,0',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses a name that starts like a formula', () => {
    const csv = fiscalYearCloseCsv(
      fiscalYearCloseReport(2025, '2026-05-01', [
        aCase({ caseId: 'a', organizationName: '東山町"あおば"会, 第2' }),
        aCase({ caseId: 'b', organizationName: '=HYPERLINK("http://evil.example")' }),
        aCase({ caseId: 'c', organizationName: '改行\nあり' }),
      ]),
    );
    expect(csv.slice(1).split('\r\n').slice(1)).toEqual([
      `令和7年度,,"'=HYPERLINK(""http://evil.example"")",地域協働体支援事業補助金,申請書作成中,,,0,0`,
      '令和7年度,,"改行\nあり",地域協働体支援事業補助金,申請書作成中,,,0,0',
      '令和7年度,,"東山町""あおば""会, 第2",地域協働体支援事業補助金,申請書作成中,,,0,0',
      '',
    ]);
  });
});
