import type { Program } from '#libs/programs';

/** One stored version: the definition as it stood, and how many cases were filed under it. */
export interface ProgramVersionView {
  code: string;
  version: number;
  createdAt: Date;
  /** Cases keep the version they were filed under. */
  caseCount: number;
  definition: Program;
}

/** A program with all its versions, ascending. */
export interface ProgramDetail {
  code: string;
  latestVersion: number;
  versions: ProgramVersionView[];
}
