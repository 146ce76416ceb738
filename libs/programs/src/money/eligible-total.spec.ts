import { ProgramsErrorCode } from '../programs.exception.js';
import { eligibleTotal } from './eligible-total.js';

const program = { eligibleExpenseCategories: ['会議費', '啓発費', 'その他の準備費'] };

describe('eligibleTotal (補助対象経費)', () => {
  it('sums the lines whose category the program covers and counts the others for nothing', () => {
    const lines = [
      { category: '会議費', amount: 12_000 },
      { category: '食糧費', amount: 30_000 },
      { category: '啓発費', amount: 25_000 },
      { category: '会議費', amount: 5_000 },
    ];
    expect(eligibleTotal(program, lines)).toBe(42_000);
  });

  it('is 0 for no lines or only ineligible ones', () => {
    expect(eligibleTotal(program, [])).toBe(0);
    expect(eligibleTotal(program, [{ category: '食糧費', amount: 9_000 }])).toBe(0);
  });

  it('refuses a line that is not whole yen, even an ineligible one, naming it', () => {
    expect(() => eligibleTotal(program, [{ category: '会議費', amount: 1 }, { category: '食糧費', amount: 10.5 }])).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.InvalidAmount, message: 'lines[1].amount must be a whole number of yen ≥ 0 (got 10.5)' }),
    );
  });
});
