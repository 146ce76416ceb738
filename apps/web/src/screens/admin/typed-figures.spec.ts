import { percentOf, wholeNumberOrText, wholeNumbersOrTexts, yenOrNone, yenOrText } from './typed-figures.js';

describe('figures as an administrator types them', () => {
  it('reads digits, full-width digits and thousands separators, and leaves the rest as typed', () => {
    expect(wholeNumberOrText(' 30 ')).toBe(30);
    expect(wholeNumberOrText('３０')).toBe(30);
    expect(wholeNumberOrText('三十')).toBe('三十');
    expect(wholeNumberOrText('1.5')).toBe('1.5');
    expect(yenOrText('1,000,000')).toBe(1_000_000);
    expect(yenOrText('1,00')).toBe('1,00');
    expect(yenOrNone('')).toBeNull();
    expect(yenOrNone('０')).toBe(0);
  });

  it('reads days separated by commas, 、 or spaces', () => {
    expect(wholeNumbersOrTexts('7, 3,0')).toEqual([7, 3, 0]);
    expect(wholeNumbersOrTexts('７、３ ０')).toEqual([7, 3, 0]);
    expect(wholeNumbersOrTexts(' ')).toEqual([]);
  });

  it('shows a fraction as a percentage, saying when it is rounded', () => {
    expect(percentOf('1095', '10000')).toBe('10.95%');
    expect(percentOf('2', '3')).toBe('約66.67%');
    expect(percentOf('2', '')).toBeNull();
    expect(percentOf('1', '0')).toBeNull();
  });
});
