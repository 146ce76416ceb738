import type { Problem } from '#libs/errors';
import { DOCUMENT_KIND_LABELS, DOCUMENT_PHASE_LABELS } from '../program-labels.js';
import { choiceProblems } from './choice-problems.js';
import { listProblems } from './list-problems.js';
import { objectShapeProblems } from './object-shape-problems.js';

const PHASES = Object.keys(DOCUMENT_PHASE_LABELS);
const KINDS = Object.keys(DOCUMENT_KIND_LABELS);

/** Why `value` does not list known document kinds, each once, for every phase. */
export function requiredDocumentsProblems(value: unknown): Problem[] {
  const shape = objectShapeProblems(value, 'requiredDocuments', PHASES);
  if (shape.length > 0) return shape;
  const byPhase = value as Record<string, unknown>;
  return PHASES.flatMap((phase) =>
    listProblems(byPhase[phase], `requiredDocuments.${phase}`, { nonEmpty: false, unique: true }, (kind, path) =>
      choiceProblems(kind, path, KINDS),
    ),
  );
}
