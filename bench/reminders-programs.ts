import { addDays, fiscalYearEnd, fiscalYearLabel, fiscalYearOf, type IsoDate } from '#libs/calendar';
import { type Program, seedProgram, validateProgram } from '#libs/programs';
import type { TestDatabase } from '../libs/testing/src/test-database.js';

/**
 * Programs whose application window (募集期間) closes on a chosen day: START_APPLICATION under one
 * sets the draft's `applicationWindowCloses` deadline (reminding the applicant) on that day, so
 * one event through OpenCase is one deadline, due when the bench says.
 */
export interface WindowProgram {
  code: string;
  closes: IsoDate;
}

/** The background's windows close on this many days, spread over the year ahead. */
const BACKGROUND_DAYS = 50;
/** The nearest background day: every reminder offset of the programs (7, 3, 0 days before) is then still ahead. */
const FIRST_BACKGROUND_DAY = 8;

/**
 * The peak closes with the fiscal year (年度末, 31 March), when thousands of deadlines fall on one
 * day (docs/domain.md §9); the background on BACKGROUND_DAYS days of the year ahead, apart from it.
 */
export function windowPrograms(today: IsoDate): { peak: WindowProgram; background: WindowProgram[]; fiscalYear: string } {
  const fiscalYear = fiscalYearOf(today);
  const peak = { code: '年度末締切', closes: fiscalYearEnd(fiscalYear) };
  const background = Array.from({ length: BACKGROUND_DAYS }, (_, index) => ({
    code: `締切${String(index + 1).padStart(2, '0')}`,
    closes: addDays(today, FIRST_BACKGROUND_DAY + Math.floor((index * 365) / BACKGROUND_DAYS)),
  })).filter((program) => program.closes !== peak.closes);
  return { peak, background, fiscalYear: fiscalYearLabel(fiscalYear) };
}

/** 地域協働体支援事業補助金 with a window from `today` to the program's close: checked as an administrator's would be. */
export async function insertWindowPrograms(database: TestDatabase, tenantId: string, today: IsoDate, programs: readonly WindowProgram[]): Promise<void> {
  const base = seedProgram('協働支援');
  for (const { code, closes } of programs) {
    const validation = validateProgram({
      ...base,
      code,
      version: 1,
      nameJa: `${base.nameJa}（${closes}締切）`,
      applicationWindow: { opens: today, closes },
    } satisfies Program);
    if ('problems' in validation) throw new Error(`bench program ${code} is not valid: ${validation.problems.map((each) => each.text.en).join('; ')}`);
    await database.query(`INSERT INTO program_version (tenant_id, code, version, definition) VALUES ($1, $2, 1, $3)`, [
      tenantId,
      code,
      JSON.stringify(validation.program),
    ]);
  }
}
