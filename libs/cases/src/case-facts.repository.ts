import type { EntityManager } from 'typeorm';
import type { DocumentKind, ExpenseLine, Yen } from '#libs/programs';

/** What the trail says of the last 差戻し, and of the change request pending, for the case view. */
export interface CaseFacts {
  /** The kinds of paper the case holds (a newer version keeps its kind). */
  documentsHeld: DocumentKind[];
  lastReturn: { eventType: 'RETURN_FOR_CORRECTION' | 'RETURN_REPORT'; reason: string; occurredAt: Date } | null;
  lastChangeRequest: { description: string; requestedAmount: Yen; plannedExpenses: ExpenseLine[]; occurredAt: Date } | null;
}

interface FactsRow {
  documents_held: DocumentKind[];
  last_return: { eventType: 'RETURN_FOR_CORRECTION' | 'RETURN_REPORT'; reason: string; occurredAt: string } | null;
  last_change_request: { description: string; requestedAmount: Yen; plannedExpenses: ExpenseLine[]; occurredAt: string } | null;
}

/**
 * The facts a case view shows beside the row, in one statement: the papers held, and the last
 * 差戻し and change request from the audit trail, which keeps what the officer and the
 * applicant wrote (the snapshot keeps only what the rules need).
 */
export async function readCaseFacts(manager: EntityManager, tenantId: string, caseId: string): Promise<CaseFacts> {
  const [row]: FactsRow[] = await manager.query(
    `SELECT
       (SELECT coalesce(array_agg(DISTINCT a.document_kind ORDER BY a.document_kind), '{}') FROM attachment a
         WHERE a.tenant_id = $1 AND a.case_id = $2) AS documents_held,
       (SELECT jsonb_build_object('eventType', e.event_type, 'reason', e.payload->>'reason', 'occurredAt', e.occurred_at)
          FROM audit_entry e WHERE e.tenant_id = $1 AND e.case_id = $2 AND e.event_type IN ('RETURN_FOR_CORRECTION', 'RETURN_REPORT')
         ORDER BY e.sequence DESC LIMIT 1) AS last_return,
       (SELECT jsonb_build_object('description', e.payload->>'description', 'requestedAmount', e.payload->'requestedAmount',
                                  'plannedExpenses', e.payload->'plannedExpenses', 'occurredAt', e.occurred_at)
          FROM audit_entry e WHERE e.tenant_id = $1 AND e.case_id = $2 AND e.event_type = 'REQUEST_CHANGE'
         ORDER BY e.sequence DESC LIMIT 1) AS last_change_request`,
    [tenantId, caseId],
  );
  const facts = row as FactsRow;
  return {
    documentsHeld: facts.documents_held,
    lastReturn: facts.last_return && { ...facts.last_return, occurredAt: new Date(facts.last_return.occurredAt) },
    lastChangeRequest: facts.last_change_request && { ...facts.last_change_request, occurredAt: new Date(facts.last_change_request.occurredAt) },
  };
}
