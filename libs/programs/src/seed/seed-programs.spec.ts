import type { Program } from '../program.js';
import { hasFigurePath } from '../validation/figure-path.js';
import { loadProgram } from '../validation/load-program.js';
import { validateProgram } from '../validation/validate-program.js';
import { ICHINOSEKI_PROGRAMS } from './ichinoseki.programs.js';
import { MORIOKA_PROGRAMS } from './morioka.programs.js';
import { seedProgram } from './seed-program.js';
import { SEED_PROGRAMS } from './seed-programs.js';
import { YUZAWA_PROGRAMS } from './yuzawa.programs.js';

const byCode = SEED_PROGRAMS.map((program) => [program.code, program] as const);

describe('seed programs', () => {
  it.each(byCode)('%s passes validation', (_, program) => {
    expect(validateProgram(program)).toEqual({ program });
    expect(loadProgram(program)).toBe(program);
  });

  it.each(byCode)('%s lists only example figures that exist in it', (_, program) => {
    const missing = program.exampleFigures.filter((path) => !hasFigurePath(program, path));
    expect(missing).toEqual([]);
  });

  it.each(byCode)('%s names the seed document and line its rules come from', (_, program) => {
    expect(program.source).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt .*line/);
  });

  it('covers the three municipalities, each list holding only its own programs', () => {
    expect(new Set(ICHINOSEKI_PROGRAMS.map((program) => program.municipality))).toEqual(new Set(['ichinoseki']));
    expect(new Set(MORIOKA_PROGRAMS.map((program) => program.municipality))).toEqual(new Set(['morioka']));
    expect(new Set(YUZAWA_PROGRAMS.map((program) => program.municipality))).toEqual(new Set(['yuzawa']));
  });

  it('gives every program a code no other seed program has', () => {
    const codes = SEED_PROGRAMS.map((program) => program.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('shares no object between two programs, so that editing one never changes another', () => {
    const seen = new Map<object, string>();
    const shared: string[] = [];
    const visit = (node: unknown, owner: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const earlier = seen.get(node);
      if (earlier !== undefined && earlier !== owner) shared.push(`${earlier} and ${owner}`);
      seen.set(node, owner);
      Object.values(node).forEach((child) => visit(child, owner));
    };
    SEED_PROGRAMS.forEach((program) => visit(program, program.code));
    expect(shared).toEqual([]);
  });

  describe('keeps the figures of the sources exactly', () => {
    it('地域の合意形成を図る事業に対する支援: 100%, 50,000 yen in total over at most 2 fiscal years, settled yearly, advance allowed', () => {
      expect(seedProgram('合意形成')).toMatchObject<Partial<Program>>({
        rate: { numerator: 1, denominator: 1 },
        caps: { perFiscalYear: null, total: { amount: 50_000, fiscalYears: 2 } },
        settledEachFiscalYear: true,
        advancePayment: { allowed: true, maxFraction: { numerator: 1, denominator: 1 } },
        eligibleOrganizationTypes: ['communityCollaborationBody'],
      });
    });

    it('地域協働体支援事業補助金: 2/3, 100,000 yen per body per fiscal year', () => {
      expect(seedProgram('協働支援')).toMatchObject<Partial<Program>>({
        rate: { numerator: 2, denominator: 3 },
        rounding: 'floorToYen',
        caps: { perFiscalYear: 100_000, total: null },
      });
    });

    it('ひと・まち応援金: 100%, project costs capped by 均等割 + 地域割, staff costs by their own items', () => {
      const projects = seedProgram('ひとまち');
      expect(projects.rate).toEqual({ numerator: 1, denominator: 1 });
      expect(projects.allocationFormula).not.toBeNull();
      expect(seedProgram('ひとまち人件費').eligibleExpenseCategories).toEqual(['給与', '保険料等の事業主負担額', '健康診断料']);
    });

    it('コミュニティ助成事業: applied for in one year for a project in the next', () => {
      for (const code of ['コミ一般', 'コミセン', 'コミ防災', 'コミ青少年']) {
        expect(seedProgram(code).projectFiscalYear).toBe('nextYear');
      }
    });

    it('地域づくり事業補助金 (Morioka): 事前協議 required, amount by the district population bracket', () => {
      const program = seedProgram('地域づくり');
      expect(program.priorConsultationRequired).toBe(true);
      expect(program.allocationFormula?.populationBrackets.length).toBeGreaterThan(1);
      expect(program.requiredDocuments.application).toContain('areaPlan');
    });
  });

  it('refuses an unknown code with the known ones listed', () => {
    expect(() => seedProgram('nope')).toThrow(/no seed program has the code nope; known: 合意形成, 協働支援/);
  });
});
