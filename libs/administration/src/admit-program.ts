import { type Problem, problem, text } from '#libs/errors';
import { type Program, validateProgram } from '#libs/programs';
import { AdministrationErrorCode, AdministrationException } from './administration.exception.js';
import { type ProgramAdmission, programAdmissionProblems } from './program-admission-problems.js';

/** Far above any real program (the seeds' largest is a few KiB) and below the body parser's 100 KiB limit. */
const MAX_DEFINITION_BYTES = 64 * 1024;

/**
 * The program in `definition` when it is valid (validateProgram) and may be stored here
 * (programAdmissionProblems); otherwise a 400 listing every problem, each under its field's path.
 */
export function admitProgram(definition: unknown, admission: ProgramAdmission): Program {
  const size = Buffer.byteLength(JSON.stringify(definition) ?? '');
  if (size > MAX_DEFINITION_BYTES) {
    throw invalid([
      problem(
        null,
        `制度の定義が大きすぎます（${size.toLocaleString('ja-JP')}バイト）。${MAX_DEFINITION_BYTES.toLocaleString('ja-JP')}バイト以下にしてください。`,
        `a program definition must be at most ${MAX_DEFINITION_BYTES} bytes of JSON (got ${size})`,
      ),
    ]);
  }
  const validation = validateProgram(definition);
  if ('problems' in validation) throw invalid(validation.problems);
  const problems = programAdmissionProblems(validation.program, admission);
  if (problems.length > 0) throw invalid(problems);
  return validation.program;
}

function invalid(problems: readonly Problem[]): AdministrationException {
  return new AdministrationException(
    AdministrationErrorCode.InvalidProgram,
    text(`制度の決まりに${problems.length}件の誤りがあります。それぞれの項目を直してください。`, `the program definition has ${problems.length} problem(s)`),
    {},
    problems,
  );
}
