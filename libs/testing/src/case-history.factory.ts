import { type CaseEvent, type CaseSnapshot, decideEvent, newCaseSnapshot } from '#libs/lifecycle';
import { type Program, seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from './case-actors.factory.js';

/** A case of the applicant's organization after these events, each of which must be accepted. */
export function caseAfter(program: Program, events: CaseEvent[], population: number | null = null): CaseSnapshot {
  let snapshot = newCaseSnapshot({ program, organizationId: APPLICANT_ORGANIZATION_ID, population });
  for (const event of events) {
    const decision = decideEvent(snapshot, event);
    if (decision.outcome !== 'accepted') throw new Error(`${event.type}: ${decision.message.en}`);
    snapshot = decision.snapshot;
  }
  return snapshot;
}

export const START_APPLICATION: CaseEvent = { type: 'START_APPLICATION', actor: actorFor('applicant'), on: '2025-05-01' };

const support = seedProgram('協働支援');

/** A filing of 協働支援 that its rules take: 60,000 yen asked on 90,000 planned, every paper held. */
export const supportFiling = (overrides: Partial<Extract<CaseEvent, { type: 'SUBMIT' }>> = {}): CaseEvent => ({
  type: 'SUBMIT',
  actor: actorFor('applicant'),
  on: '2025-05-10',
  requestedAmount: 60_000,
  plannedExpenses: [{ category: support.eligibleExpenseCategories[0] as string, amount: 90_000 }],
  documents: [...support.requiredDocuments.application],
  remainingTotalCap: null,
  ...overrides,
});
