import { seedProgram } from '#libs/programs';
import { draftOfProgram, nextVersionOf } from './program-rules-form.js';

describe("the next version of a program from the administrator's form", () => {
  const latest = seedProgram('協働支援');

  it('keeps every rule the form does not show, numbers the version after the latest, and takes the figures typed', () => {
    const draft = { ...draftOfProgram(latest), rateNumerator: '1', rateDenominator: '2', perFiscalYearCap: '150000', categories: '報償費\n\n 消耗品費 \n' };
    const next = nextVersionOf(latest, 3, draft);
    expect(next).toEqual({
      ...latest,
      version: 4,
      rate: { numerator: 1, denominator: 2 },
      caps: { ...latest.caps, perFiscalYear: 150_000 },
      eligibleExpenseCategories: ['報償費', '消耗品費'],
    });
  });

  it('reads an empty cap and an empty window as none, and sends what is not a number as typed for the API to name', () => {
    const draft = { ...draftOfProgram(latest), perFiscalYearCap: '', windowOpens: '', windowCloses: '', rateDenominator: '三' };
    const next = nextVersionOf(latest, 1, draft);
    expect(next).toMatchObject({ caps: { perFiscalYear: null }, applicationWindow: null, rate: { denominator: '三' } });
  });
});
