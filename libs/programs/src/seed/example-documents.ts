import type { DocumentKind, DocumentPhase } from '../program.js';

/**
 * The papers a municipality usually asks for in each phase (docs/domain.md §7); no seed document
 * lists them, so every program lists `requiredDocuments` in `exampleFigures`.
 * `extraAtApplication` adds a program's own papers (地域づくり計画書, 団体の規約・名簿).
 */
export function exampleDocuments(extraAtApplication: readonly DocumentKind[] = []): Record<DocumentPhase, DocumentKind[]> {
  return {
    application: ['applicationForm', 'projectPlan', 'budget', ...extraAtApplication],
    change: ['changeRequestForm', 'projectPlan', 'budget'],
    report: ['performanceReport', 'settlementStatement', 'receiptCopies', 'activityPhotos'],
  };
}
