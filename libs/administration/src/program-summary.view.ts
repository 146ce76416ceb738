import type { Program } from '#libs/programs';

/** One program of the municipality as GET /admin/programs lists it: its latest version and the numbers of all. */
export interface ProgramSummary {
  code: string;
  /** nameJa of the latest version. */
  nameJa: string;
  municipality: Program['municipality'];
  latestVersion: number;
  /** Every stored version, ascending; none is ever changed or deleted. */
  versions: number[];
  /** When the latest version was added. */
  updatedAt: Date;
}
