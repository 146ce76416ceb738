import { type Problem, text } from '#libs/errors';
import { type Program, validateProgram } from '#libs/programs';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { type ProgramAdmission, programAdmissionProblems } from './program-admission-problems.js';

/** Far above any real program (the seeds' largest is a few KiB) and below the body parser's 100 KiB limit. */
const MAX_DEFINITION_BYTES = 64 * 1024;

/**
 * The program in `definition` when it is valid (validateProgram) and may be stored here
 * (programAdmissionProblems); otherwise a 400 listing every problem, each naming its path.
 */
export function admitProgram(definition: unknown, admission: ProgramAdmission): Program {
  const size = Buffer.byteLength(JSON.stringify(definition) ?? '');
  if (size > MAX_DEFINITION_BYTES) {
    throw invalid([`a program definition must be at most ${MAX_DEFINITION_BYTES} bytes of JSON (got ${size})`]);
  }
  const validation = validateProgram(definition);
  if ('problems' in validation) throw invalid(validation.problems);
  const problems = programAdmissionProblems(validation.program, admission);
  if (problems.length > 0) throw invalid(problems);
  return validation.program;
}

function invalid(problems: string[]): AdministrationException {
  return new AdministrationException(
    AdministrationErrorCode.InvalidProgram,
    text(`制度の定義に${problems.length}件の問題があります。`, `the program definition has ${problems.length} problem(s)`),
    {},
    problems.map(programProblem),
  );
}

/**
 * A problem of validateProgram, which names its path first (`caps.total.amount must be …`).
 * The program's rules are written for the administrators who keep them, in English with the
 * Japanese terms; the Japanese text says where and keeps the rule's words.
 */
function programProblem(description: string): Problem {
  const path = /^[A-Za-z][\w.[\]]*/.exec(description)?.[0] ?? null;
  return {
    field: path,
    text: { ja: `制度の定義${path ? `の「${path}」` : ''}に誤りがあります：${description}`, en: description },
  };
}
