import type pg from 'pg';
import type { InvariantFindings } from './invariant-findings.js';

interface ReviewerRow {
  case_id: string;
  reviewer_id: string;
  /** From the case's snapshot; null once the reviewer declared a conflict and left the case. */
  assigned_affirmed: boolean | null;
  affirmations: number;
  first_affirmation: number | null;
  first_review: number | null;
}

/**
 * reviewer-declared-first, for every reviewer of every case of the batch: the trail has their
 * declaration of no conflict of interest (AFFIRM_NO_CONFLICT) at most once, and before their
 * review; and the assignment in the snapshot says they declared exactly when the trail does.
 * A reviewer who declared a conflict is no longer in the snapshot: only the trail is read for them.
 */
export async function checkReviewerDeclarations(pool: pg.Pool, caseIds: readonly string[], findings: InvariantFindings): Promise<void> {
  const { rows } = await pool.query<ReviewerRow>(
    `WITH assigned AS (
       SELECT c.id AS case_id, r->>'reviewerId' AS reviewer_id, coalesce((r->>'affirmedNoConflict')::boolean, false) AS affirmed
         FROM grant_case c CROSS JOIN jsonb_array_elements(coalesce(c.snapshot->'context'->'reviewers', '[]')) r
        WHERE c.id = ANY($1::uuid[])
     ), acted AS (
       SELECT a.case_id, a.actor_user_id::text AS reviewer_id,
              count(*) FILTER (WHERE a.event_type = 'AFFIRM_NO_CONFLICT')::int AS affirmations,
              min(a.sequence) FILTER (WHERE a.event_type = 'AFFIRM_NO_CONFLICT') AS first_affirmation,
              min(a.sequence) FILTER (WHERE a.event_type = 'SUBMIT_REVIEW') AS first_review
         FROM audit_entry a
        WHERE a.case_id = ANY($1::uuid[]) AND a.event_type IN ('AFFIRM_NO_CONFLICT', 'SUBMIT_REVIEW')
        GROUP BY a.case_id, a.actor_user_id
     )
     SELECT coalesce(s.case_id, t.case_id)::text AS case_id, coalesce(s.reviewer_id, t.reviewer_id) AS reviewer_id,
            s.affirmed AS assigned_affirmed, coalesce(t.affirmations, 0) AS affirmations, t.first_affirmation, t.first_review
       FROM assigned s FULL JOIN acted t ON t.case_id = s.case_id AND t.reviewer_id = s.reviewer_id`,
    [caseIds],
  );
  findings.looked('reviewer-declared-first', rows.length);
  for (const row of rows) {
    const broken = (detail: string) => findings.violated('reviewer-declared-first', `case ${row.case_id}`, `reviewer ${row.reviewer_id} ${detail}`);
    if (row.affirmations > 1) broken(`declared no conflict ${row.affirmations} times`);
    if (row.first_review !== null && (row.first_affirmation === null || row.first_affirmation > row.first_review)) {
      broken(`reviewed (sequence ${row.first_review}) without declaring no conflict before`);
    }
    if (row.assigned_affirmed !== null && row.assigned_affirmed !== row.affirmations > 0) {
      broken(`is ${row.assigned_affirmed ? '' : 'not '}declared in the snapshot, but the trail has ${row.affirmations} declarations of no conflict`);
    }
  }
}
