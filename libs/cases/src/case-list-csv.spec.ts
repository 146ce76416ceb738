import { caseListCsv } from './case-list-csv.js';
import type { CaseSummary } from './case-summary.js';

const decided: CaseSummary = {
  id: '6f1c1f3e-0000-4000-8000-000000000001',
  caseNumber: 'R7-協働支援-0001',
  programCode: '協働支援',
  programName: '地域協働体支援事業補助金',
  organization: { id: '6f1c1f3e-0000-4000-8000-0000000000aa', name: '舞川地区地域協働体', area: '舞川' },
  fiscalYear: 2025,
  state: { code: 'grant.decided', ja: '交付決定済み', en: 'Grant decided' },
  amounts: { requested: 100_000, decided: 90_000, confirmed: null },
  overdue: false,
  nextDeadline: { kind: 'reportDue', dueOn: '2026-01-05', daysLeft: 35 },
  updatedAt: '2025-05-30T03:04:00.000Z',
};

const consultation: CaseSummary = {
  ...decided,
  id: '6f1c1f3e-0000-4000-8000-000000000002',
  caseNumber: null,
  programName: '地域の合意形成を図る事業に対する支援',
  organization: { id: '6f1c1f3e-0000-4000-8000-0000000000bb', name: '"みらい"の会, 弥栄', area: '弥栄' },
  fiscalYear: 2019,
  state: { code: 'consultation.open', ja: '相談中', en: 'Consultation open' },
  amounts: { requested: null, decided: null, confirmed: null },
  overdue: true,
  nextDeadline: null,
  updatedAt: '2025-12-31T15:00:00.000Z',
};

describe('caseListCsv', () => {
  it('writes the Japanese header and one case a row: 年度 in the era, はい/いいえ, Tokyo time, empty cells for what is not there', () => {
    expect(caseListCsv([decided, consultation])).toBe(
      '\uFEFF受付番号,制度,団体,地区,年度,状況,申請額,交付決定額,確定額,期限切れ,次の期限,更新日時\r\n' +
        'R7-協働支援-0001,地域協働体支援事業補助金,舞川地区地域協働体,舞川,令和7年度,交付決定済み,100000,90000,,いいえ,2026-01-05,2025-05-30 12:04\r\n' +
        ',地域の合意形成を図る事業に対する支援,"""みらい""の会, 弥栄",弥栄,令和元年度,相談中,,,,はい,,2026-01-01 00:00\r\n',
    );
  });

  it('gives the header alone when no case matches', () => {
    expect(caseListCsv([])).toBe('\uFEFF受付番号,制度,団体,地区,年度,状況,申請額,交付決定額,確定額,期限切れ,次の期限,更新日時\r\n');
  });
});
