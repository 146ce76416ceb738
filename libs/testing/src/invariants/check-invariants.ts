import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#libs/persistence';
import { checkAcceptedEvents } from './accepted-events.check.js';
import { checkAuditChains } from './audit-chains.check.js';
import { checkCaseTrails } from './case-trail.check.js';
import { checkCasesWhole, checkIdempotentAnswers } from './case-whole.check.js';
import type { ClientLedger, SentMail } from './client-ledger.js';
import { InvariantFindings } from './invariant-findings.js';
import type { InvariantReport } from './invariant-report.js';
import { checkMoney } from './money.check.js';
import { checkRemindersNotLost } from './reminder-not-lost.check.js';
import { checkRemindersSentOnce } from './reminder-sent-once.check.js';
import { checkReviewerDeclarations } from './reviewer-declarations.check.js';
import { checkAcceptedUploads, checkAttachments } from './uploads.check.js';

export interface CheckInvariantsOptions {
  /** What clients were told succeeded; without it only what the database says of itself is checked. */
  ledger?: ClientLedger;
  /** What the SMTP sink accepted; with it, lost and doubled e-mails are looked for too. */
  mails?: readonly SentMail[];
  /** ATTACHMENTS_DIR of the API: with it, the files are looked at, not only their rows. */
  attachmentsDir?: string;
  /** The instant reminders are judged at (the worker's clock); without it reminder-not-lost is skipped. */
  now?: Date;
  /** How late a reminder may be and not count as lost: 2 minutes unless told. */
  reminderGraceMs?: number;
  /** The worker's REMINDER_HOUR: 9 unless told. */
  reminderHour?: number;
  /** After each batch of cases: how many of how many are checked. */
  onProgress?: (done: number, total: number) => void;
}

const CASES_PER_BATCH = 500;
const DEFAULT_REMINDER_GRACE_MS = 2 * 60_000;
const DEFAULT_REMINDER_HOUR = 9;

/**
 * Checks every invariant a load or fault run must leave intact, on the database as its owner
 * sees it (`databaseUrl` connects as the owner, not the application role): the cases batch by
 * batch, then what clients were told, the hash chains, and the reminders. Reads only; run it
 * once the run is over, as rows written meanwhile may be seen half.
 */
export async function checkInvariants(databaseUrl: string, options: CheckInvariantsOptions = {}): Promise<InvariantReport> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'invariant-checker' });
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  const findings = new InvariantFindings();
  try {
    await dataSource.initialize();
    const uploaded = new Set((options.ledger?.uploads ?? []).map((upload) => upload.attachmentId));
    await checkCaseBatches(pool, options.onProgress, async (caseIds) => {
      await checkCaseTrails(pool, caseIds, findings);
      await checkMoney(pool, caseIds, findings);
      await checkCasesWhole(pool, caseIds, findings);
      await checkReviewerDeclarations(pool, caseIds, findings);
      await checkAttachments(pool, caseIds, { uploaded, attachmentsDir: options.attachmentsDir }, findings);
    });
    await checkIdempotentAnswers(pool, findings);
    if (options.ledger) {
      await checkAcceptedEvents(pool, options.ledger, findings);
      await checkAcceptedUploads(pool, options.ledger.uploads, findings);
    }
    await checkAuditChains(pool, dataSource, findings);
    await checkRemindersSentOnce(pool, options.mails, findings);
    if (options.now) {
      await checkRemindersNotLost(
        pool,
        {
          now: options.now,
          graceMs: options.reminderGraceMs ?? DEFAULT_REMINDER_GRACE_MS,
          reminderHour: options.reminderHour ?? DEFAULT_REMINDER_HOUR,
          mails: options.mails,
        },
        findings,
      );
    }
    return findings.report();
  } finally {
    await pool.end();
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** Every case, a batch of ids at a time in id order (keyset), with progress after each batch. */
async function checkCaseBatches(
  pool: pg.Pool,
  onProgress: CheckInvariantsOptions['onProgress'],
  check: (caseIds: string[]) => Promise<void>,
): Promise<void> {
  const [counted] = (await pool.query<{ cases: number }>(`SELECT count(*)::int AS cases FROM grant_case`)).rows;
  const total = counted?.cases ?? 0;
  onProgress?.(0, total);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await pool.query<{ id: string }>(`SELECT id::text AS id FROM grant_case WHERE id > $1::uuid ORDER BY id LIMIT $2`, [after, CASES_PER_BATCH]);
    const last = rows.at(-1);
    if (!last) return;
    await check(rows.map((row) => row.id));
    done += rows.length;
    onProgress?.(done, Math.max(total, done));
    after = last.id;
  }
}
