import { type Problem, problem } from '#libs/errors';
import { MUNICIPALITY_LABELS, type Program } from '#libs/programs';

export interface ProgramAdmission {
  /** The code of the administrator's municipality (tenant), e.g. `ichinoseki`. */
  tenantCode: string;
  /** For a new version: the program code of the request path, which the definition must carry. Null for a new program. */
  pathCode: string | null;
}

/**
 * What `validateProgram` cannot know: whether a valid program belongs to this municipality
 * and this request. Each problem names its path, like validateProgram's.
 *
 * Municipality rule: a tenant whose code is one of the municipalities programs name
 * (ichinoseki, morioka, yuzawa) takes only its own programs. Any other tenant (a
 * municipality the seeds do not cover) takes a program naming any of them: the field then
 * says whose rules the program was modelled on, as the type allows no other value.
 * A new program starts at version 1; the number of a later version is checked against the
 * stored ones (409), not here.
 */
export function programAdmissionProblems(program: Program, { tenantCode, pathCode }: ProgramAdmission): Problem[] {
  const problems: Problem[] = [];
  if (pathCode === null && program.version !== 1) {
    problems.push(
      problem(
        'version',
        `版の番号（version）は、新しい制度では1にしてください（入力: ${program.version}）。2からの版は、その制度の「版を作る」で加えます。`,
        `version must be 1 for a new program (got ${program.version}); later versions go to POST /admin/programs/{code}/versions`,
      ),
    );
  }
  if (pathCode !== null && program.code !== pathCode) {
    problems.push(
      problem(
        'code',
        `制度コード（code）は、版を加える制度のコード「${pathCode}」にしてください（入力: ${program.code}）。`,
        `code must be ${JSON.stringify(pathCode)}, the program of the path (got ${JSON.stringify(program.code)})`,
      ),
    );
  }
  if (Object.hasOwn(MUNICIPALITY_LABELS, tenantCode) && program.municipality !== tenantCode) {
    const own = MUNICIPALITY_LABELS[tenantCode as Program['municipality']];
    problems.push(
      problem(
        'municipality',
        `自治体（municipality）は、あなたが管理する${own}（${tenantCode}）にしてください（入力: ${program.municipality}）。`,
        `municipality must be ${JSON.stringify(tenantCode)}, the municipality you administer (got ${JSON.stringify(program.municipality)})`,
      ),
    );
  }
  return problems;
}
