import { seedProgram } from '../seed/seed-program.js';
import { confirmedAmount } from './confirmed-amount.js';

describe('confirmedAmount (額の確定)', () => {
  const collaborationSupport = seedProgram('協働支援'); // 2/3, 100,000 yen a year

  it('lowers the grant to the rate of what was actually spent: 2/3 of 120,000 is 80,000', () => {
    expect(confirmedAmount(collaborationSupport, { decidedAmount: 100_000, eligibleActualExpenses: 120_000 })).toBe(80_000);
  });

  it('never rises above the decided amount when more was spent than planned', () => {
    expect(confirmedAmount(collaborationSupport, { decidedAmount: 60_000, eligibleActualExpenses: 150_000 })).toBe(60_000);
  });

  it('applies the caps again to a decided amount a change raised beyond them', () => {
    expect(confirmedAmount(collaborationSupport, { decidedAmount: 120_000, eligibleActualExpenses: 300_000 })).toBe(100_000);
  });

  it('applies what is left of a multi-year total when it is given', () => {
    const consensus = seedProgram('合意形成');
    expect(confirmedAmount(consensus, { decidedAmount: 50_000, eligibleActualExpenses: 42_000, remainingTotalCap: 50_000 })).toBe(42_000);
    expect(confirmedAmount(consensus, { decidedAmount: 50_000, eligibleActualExpenses: 42_000, remainingTotalCap: 30_000 })).toBe(30_000);
  });

  it('leaves the population and multi-year caps to the decided amount when their figures are not given', () => {
    expect(confirmedAmount(seedProgram('ひとまち'), { decidedAmount: 1_600_000, eligibleActualExpenses: 1_700_000 })).toBe(1_600_000);
    expect(confirmedAmount(seedProgram('合意形成'), { decidedAmount: 50_000, eligibleActualExpenses: 42_000 })).toBe(42_000);
  });

  it('is 0 when nothing eligible was spent', () => {
    expect(confirmedAmount(collaborationSupport, { decidedAmount: 100_000, eligibleActualExpenses: 0 })).toBe(0);
  });

  it('refuses a decided amount that is not whole yen', () => {
    expect(() => confirmedAmount(collaborationSupport, { decidedAmount: 1.5, eligibleActualExpenses: 0 })).toThrow(
      'decidedAmount must be a whole number of yen ≥ 0 (got 1.5)',
    );
  });
});
