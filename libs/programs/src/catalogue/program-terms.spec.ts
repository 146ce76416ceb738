import { seedProgram } from '../seed/seed-program.js';
import { programTerms, rateJa, windowStatusOn } from './program-terms.js';

describe('programTerms: a program as an applicant reads it', () => {
  it('writes the rate, rounding and caps of 協働支援 in plain Japanese', () => {
    const terms = programTerms(seedProgram('協働支援'), '2025-06-02');
    expect(terms).toMatchObject({
      nameJa: '地域協働体支援事業補助金',
      rate: { numerator: 2, denominator: 3, ja: '3分の2' },
      rounding: { rule: 'floorToYen', ja: '円未満切り捨て' },
      caps: { perFiscalYear: 100_000, total: null, ja: '1年度あたり100,000円まで' },
      window: { status: 'allYear', ja: '通年受付', opens: null, closes: null },
      priorConsultationRequired: false,
    });
    expect(terms.summaryJa.startsWith('補助率は対象経費の3分の2（円未満切り捨て）、上限は1年度あたり100,000円までです。')).toBe(true);
  });

  it('says a multi-year total and a whole-cost rate the way people say them', () => {
    const terms = programTerms(seedProgram('合意形成'), '2025-06-02');
    expect(terms.rate.ja).toBe('10分の10（全額）');
    expect(terms.caps.ja).toBe('2年度までの通算で50,000円まで');
    expect(terms.advancePayment).toMatchObject({ allowed: true });
    expect(terms.advancePayment.ja).toMatch(/^前金払・概算払ができます（交付決定額の/);
  });

  it('names the papers of each step in Japanese', () => {
    expect(programTerms(seedProgram('協働支援'), '2025-06-02').requiredDocuments.report.map((paper) => paper.ja)).toEqual([
      '実績報告書',
      '収支決算書',
      '領収書の写し',
      '活動写真',
    ]);
  });

  it('tells a window not yet open, open and closed, its days counted in', () => {
    const windowed = { applicationWindow: { opens: '2025-09-01', closes: '2025-10-10' } };
    expect(['2025-08-31', '2025-09-01', '2025-10-10', '2025-10-11'].map((on) => windowStatusOn(windowed, on))).toEqual(['upcoming', 'open', 'open', 'closed']);
    expect(programTerms({ ...seedProgram('協働支援'), ...windowed }, '2025-09-01').window.ja).toBe('令和7年9月1日から令和7年10月10日まで');
  });

  it('writes any rate as a fraction of its denominator', () => {
    expect([rateJa({ numerator: 1, denominator: 2 }), rateJa({ numerator: 10, denominator: 10 })]).toEqual(['2分の1', '10分の10（全額）']);
  });
});
