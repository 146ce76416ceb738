import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { ATTACH_DOCUMENT } from './case-trail.check.js';
import type { AcceptedUpload } from './client-ledger.js';
import { inChunks } from './in-chunks.js';
import type { InvariantFindings } from './invariant-findings.js';

const CHUNK = 2000;

interface AttachmentRow {
  attachment_id: string;
  case_id: string;
  sha256: string;
  size_bytes: number;
  storage_key: string;
  entries: number;
  entries_of_this_content: number;
}

/**
 * upload-stored-and-audited, for the attachments of the batch's cases: each row has exactly one
 * ATTACH_DOCUMENT entry of its case, recording its SHA-256, and each such entry has its row. With
 * the attachments folder at hand, each row's file is there at its size, and a file a client was
 * told was stored (`uploaded`) still hashes to what the row says.
 */
export async function checkAttachments(
  pool: pg.Pool,
  caseIds: readonly string[],
  { uploaded, attachmentsDir }: { uploaded: ReadonlySet<string>; attachmentsDir: string | undefined },
  findings: InvariantFindings,
): Promise<void> {
  const broken = (attachmentId: string, detail: string) => findings.violated('upload-stored-and-audited', `attachment ${attachmentId}`, detail);
  const { rows } = await pool.query<AttachmentRow>(
    `SELECT t.id::text AS attachment_id, t.case_id::text AS case_id, t.sha256, t.size_bytes, t.storage_key,
            count(a.id)::int AS entries,
            count(a.id) FILTER (WHERE a.payload->>'sha256' = t.sha256)::int AS entries_of_this_content
       FROM attachment t
       LEFT JOIN audit_entry a ON a.case_id = t.case_id AND a.event_type = $2 AND a.payload->>'attachmentId' = t.id::text
      WHERE t.case_id = ANY($1::uuid[])
      GROUP BY t.id`,
    [caseIds, ATTACH_DOCUMENT],
  );
  findings.looked('upload-stored-and-audited', rows.length);
  for (const row of rows) {
    if (row.entries !== 1) broken(row.attachment_id, `case ${row.case_id} has ${row.entries} ${ATTACH_DOCUMENT} entries for it, not one`);
    else if (row.entries_of_this_content !== 1) broken(row.attachment_id, `its ${ATTACH_DOCUMENT} entry records another SHA-256 than the row's ${row.sha256}`);
    if (attachmentsDir !== undefined) {
      const problem = await fileProblem(join(attachmentsDir, ...row.storage_key.split('/')), row, uploaded.has(row.attachment_id));
      if (problem !== null) broken(row.attachment_id, problem);
    }
  }

  const orphans = await pool.query<{ case_id: string; sequence: number; attachment_id: string | null }>(
    `SELECT a.case_id::text AS case_id, a.sequence, a.payload->>'attachmentId' AS attachment_id
       FROM audit_entry a
      WHERE a.case_id = ANY($1::uuid[]) AND a.event_type = $2
        AND NOT EXISTS (SELECT 1 FROM attachment t WHERE t.case_id = a.case_id AND t.id::text = a.payload->>'attachmentId')`,
    [caseIds, ATTACH_DOCUMENT],
  );
  for (const row of orphans.rows) {
    broken(row.attachment_id ?? '(none)', `${ATTACH_DOCUMENT} entry ${row.sequence} of case ${row.case_id} names an attachment the case does not have`);
  }
}

/** Missing, of another size, or (for an upload a client was answered for) of another content than the row says; null when fine. */
async function fileProblem(path: string, row: AttachmentRow, hash: boolean): Promise<string | null> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (found === null) return `its file ${path} is missing`;
  if (found.size !== row.size_bytes) return `its file has ${found.size} bytes, the row says ${row.size_bytes}`;
  if (hash) {
    const sha256 = await sha256Of(path);
    if (sha256 !== row.sha256) return `its file hashes to ${sha256}, the row says ${row.sha256}`;
  }
  return null;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** upload-stored-and-audited, for the uploads clients were answered 201 for: each is a row of that case with that SHA-256. */
export async function checkAcceptedUploads(pool: pg.Pool, uploads: readonly AcceptedUpload[], findings: InvariantFindings): Promise<void> {
  findings.looked('upload-stored-and-audited', uploads.length);
  for (const chunk of inChunks(uploads, CHUNK)) {
    const { rows } = await pool.query<{ attachment_id: string; case_id: string; sha256: string; stored_case_id: string | null; stored_sha256: string | null }>(
      `SELECT claim.attachment_id::text AS attachment_id, claim.case_id::text AS case_id, claim.sha256,
              t.case_id::text AS stored_case_id, t.sha256 AS stored_sha256
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS claim (attachment_id, case_id, sha256)
         LEFT JOIN attachment t ON t.id = claim.attachment_id`,
      [chunk.map((upload) => upload.attachmentId), chunk.map((upload) => upload.caseId), chunk.map((upload) => upload.sha256)],
    );
    for (const row of rows) {
      const broken = (detail: string) => findings.violated('upload-stored-and-audited', `attachment ${row.attachment_id}`, detail);
      if (row.stored_case_id === null) broken(`stored (201) for case ${row.case_id}, but there is no such attachment`);
      else if (row.stored_case_id !== row.case_id) broken(`stored (201) for case ${row.case_id}, but the row is of case ${row.stored_case_id}`);
      else if (row.stored_sha256 !== row.sha256) broken(`stored (201) with SHA-256 ${row.sha256}, but the row says ${row.stored_sha256}`);
    }
  }
}
