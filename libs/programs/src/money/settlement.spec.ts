import { ProgramsErrorCode } from '../programs.exception.js';
import { settlement } from './settlement.js';

describe('settlement (精算)', () => {
  it('claims back what an advance paid beyond the confirmed amount (返還)', () => {
    expect(settlement({ confirmed: 42_000, payments: [50_000], refunds: [] })).toEqual({ toPay: 0, toRefund: 8_000 });
  });

  it('pays the rest when less than the confirmed amount was advanced (精算払)', () => {
    expect(settlement({ confirmed: 80_000, payments: [40_000], refunds: [] })).toEqual({ toPay: 40_000, toRefund: 0 });
  });

  it('pays the whole confirmed amount when nothing was advanced', () => {
    expect(settlement({ confirmed: 80_000, payments: [], refunds: [] })).toEqual({ toPay: 80_000, toRefund: 0 });
  });

  it('owes nothing either way once payments net of refunds equal the confirmed amount', () => {
    expect(settlement({ confirmed: 42_000, payments: [50_000], refunds: [3_000, 5_000] })).toEqual({ toPay: 0, toRefund: 0 });
  });

  it('refuses refunds beyond the payments', () => {
    expect(() => settlement({ confirmed: 0, payments: [1_000], refunds: [2_000] })).toThrow(
      expect.objectContaining({ code: ProgramsErrorCode.RefundsExceedPayments }),
    );
  });

  it('refuses a payment that is not whole yen, naming it', () => {
    expect(() => settlement({ confirmed: 0, payments: [1_000, -1], refunds: [] })).toThrow(
      'payments[1] must be a whole number of yen ≥ 0 (got -1)',
    );
  });
});
