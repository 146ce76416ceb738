import type { EntityManager } from 'typeorm';
import { type CaseEvent, initialCaseContext } from '#libs/lifecycle';
import { AuditEntryEntity, GrantCaseEntity } from '#libs/persistence';
import { seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import { CaseLedgerWriter } from './case-ledger.writer.js';

const program = seedProgram('協働支援');
const row = Object.assign(new GrantCaseEntity(), { id: 'case-1', tenantId: 'tenant-1' });
const entry = Object.assign(new AuditEntryEntity(), { sequence: 7, occurredAt: new Date('2025-05-10T03:00:00Z') });
const on = '2025-05-10';

/** A writer on a manager that only records the statements it is sent. */
function writerWithStatements() {
  const statements: Array<[sql: string, parameters: unknown[]]> = [];
  const manager = {
    query: async (sql: string, parameters: unknown[]) => {
      statements.push([sql, parameters]);
      return [];
    },
  };
  return { writer: new CaseLedgerWriter(manager as unknown as EntityManager), statements };
}

describe('CaseLedgerWriter on the event path', () => {
  it('sends no statement for an event that writes no ledger row', async () => {
    const { writer, statements } = writerWithStatements();
    const accept: CaseEvent = { type: 'ACCEPT', actor: actorFor('officer'), on };
    await writer.write(accept, row, initialCaseContext({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }), entry);
    expect(statements).toEqual([]);
  });

  it('inserts all the lines of a revision in one statement, with the audit entry they come from', async () => {
    const { writer, statements } = writerWithStatements();
    const plannedExpenses = [
      { category: '報償費', amount: 90_000 },
      { category: '食糧費', amount: 10_000 },
    ];
    const submit: CaseEvent = { type: 'SUBMIT', actor: actorFor('applicant'), on, requestedAmount: 60_000, plannedExpenses, documents: [], remainingTotalCap: null };
    const after = { ...initialCaseContext({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }), plannedExpenses };
    await writer.write(submit, row, after, entry);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.[1]).toEqual([
      'tenant-1',
      'case-1',
      'planned',
      7,
      ['SUBMIT', 'RESUBMIT', 'NOTIFY_MINOR_CHANGE', 'APPROVE_CHANGE'],
      ['報償費', '食糧費'],
      [90_000, 10_000],
    ]);
  });

  it('sends no statement for a report with no lines', async () => {
    const { writer, statements } = writerWithStatements();
    const report: CaseEvent = { type: 'SUBMIT_REPORT', actor: actorFor('applicant'), on, actualExpenses: [], documents: [], outcomes: '' };
    await writer.write(report, row, initialCaseContext({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }), entry);
    expect(statements).toEqual([]);
  });

  it('stores only the criterion and score of each review score', async () => {
    const { writer, statements } = writerWithStatements();
    const scores = [{ criterion: '公益性', score: 4, extra: 'x' }] as unknown as Array<{ criterion: string; score: number }>;
    const review: CaseEvent = { type: 'SUBMIT_REVIEW', actor: actorFor('reviewer'), on, scores, comment: '良い' };
    await writer.write(review, row, initialCaseContext({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null }), entry);
    expect(statements[0]?.[1]).toEqual(['tenant-1', 'case-1', 'reviewer-1', 'review', '[{"criterion":"公益性","score":4}]', '良い', null, entry.occurredAt, 7]);
  });
});
