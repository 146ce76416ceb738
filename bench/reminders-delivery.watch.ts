import type { BenchDatabase } from './bench-database.js';
import { CountProgress } from './count-progress.js';
import { type LatencySummary, latencySummary } from './latency.js';
import { BackendCpu } from './process-usage.js';
import type { SmtpSink } from './reminders-smtp-sink.js';
import type { WorkerProcess } from './reminders-worker.process.js';
import { untilCount } from './until-count.js';

export interface DeliveryResult {
  reminders: number;
  /** From the due instant to the last e-mail accepted. */
  seconds: number;
  perSecond: number;
  /** From the due instant to the SMTP server's 250, per e-mail. */
  lag: LatencySummary;
  /** E-mails accepted twice or more for one reminder (0 when each went out once). */
  duplicates: number;
  /** Rows the worker wrote: in-app notifications, e-mail deliveries marked sent. */
  notifications: number;
  emailsSent: number;
  /** Per reminder: CPU of the worker process and of the PostgreSQL backends (null when /proc does not show them), statements of the worker. */
  workerCpuMs: number;
  backendCpuMs: number | null;
  statements: number;
}

/**
 * The peak: `reminders` jobs fall due at `dueAt` (epoch ms); each reminds one applicant, in the
 * application and by e-mail. Waits for the instant, then for every e-mail at the sink and every
 * notification and delivery row in PostgreSQL, and checks none went out twice.
 */
export async function watchDeliveries(
  reminders: number,
  dueAt: number,
  on: { database: BenchDatabase; sink: SmtpSink; worker: WorkerProcess },
): Promise<DeliveryResult> {
  const { database, sink, worker } = on;
  const acceptedBefore = sink.accepted.length;
  await new Promise((wait) => setTimeout(wait, Math.max(0, dueAt - Date.now())));
  const usageBefore = await worker.usage();
  const backends = await BackendCpu.start(database.pool, database.name);
  const accepted = () => sink.accepted.length - acceptedBefore;
  const progress = new CountProgress('peak: e-mails accepted by the SMTP server', accepted, 'e-mails', reminders);
  try {
    await untilCount('peak: e-mails accepted', accepted, reminders);
  } finally {
    progress.stop();
  }
  const mails = sink.accepted.slice(acceptedBefore);
  const lastAt = mails.at(-1)?.acceptedAt ?? dueAt;
  const backendSeconds = await backends.stop();
  const usage = await worker.usage();

  // The worker marks an e-mail sent after the server's answer: give the rows up to 30 s to catch up.
  let rows = await recordedDeliveries(database);
  for (let tries = 0; tries < 300 && Math.min(rows.notifications, rows.emailsSent) < reminders; tries++) {
    await new Promise((wait) => setTimeout(wait, 100));
    rows = await recordedDeliveries(database);
  }
  const distinct = new Set(sink.accepted.slice(acceptedBefore).map((mail) => mail.reminderKey)).size;
  return {
    reminders,
    seconds: (lastAt - dueAt) / 1000,
    perSecond: mails.length / Math.max((lastAt - dueAt) / 1000, 0.001),
    lag: latencySummary(mails.map((mail) => mail.acceptedAt - dueAt)),
    duplicates: sink.accepted.length - acceptedBefore - distinct,
    ...rows,
    workerCpuMs: (usage.cpuMs - usageBefore.cpuMs) / reminders,
    backendCpuMs: backendSeconds === null ? null : (backendSeconds * 1000) / reminders,
    statements: (usage.statements - usageBefore.statements) / reminders,
  };
}

async function recordedDeliveries(database: BenchDatabase): Promise<{ notifications: number; emailsSent: number }> {
  const [row] = await database.query<{ notifications: number; emails_sent: number }>(
    `SELECT (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM delivery WHERE channel = 'email' AND status = 'sent') AS emails_sent`,
  );
  return { notifications: row?.notifications ?? 0, emailsSent: row?.emails_sent ?? 0 };
}
