import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { tokyoEndOfDay } from '#libs/calendar';
import { Clock } from '#libs/clock';
import { seedProgram } from '#libs/programs';
import { QueueName } from '#libs/queue';
import { expectEventually, freePort, type SeededTenant, TEST_PASSWORD, type TestDatabase, testConfig, TEST_REDIS_URL } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';
import { WorkerModule } from '../apps/worker/src/worker.module.js';

/** A clock that runs like the real one from wherever a test puts it: the worker's `Clock` in process. */
export class RunningClock {
  private offsetMs = 0;

  constructor(start: Date) {
    this.set(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

export interface ReceivedMail {
  to: string[];
  reminderKey: string;
  messageId: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server in the test process (smtp-server) that keeps what it accepted. `beforeAccept`
 * may refuse a message (throw) or hold it; `afterAccept` runs right after the 250 answer is given.
 */
export class SmtpSink {
  readonly accepted: ReceivedMail[] = [];
  beforeAccept: (mail: ReceivedMail) => Promise<void> | void = () => undefined;
  afterAccept: (mail: ReceivedMail) => void = () => undefined;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    const port = await freePort();
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const mail = parseMail(
            Buffer.concat(chunks).toString('latin1'),
            session.envelope.rcptTo.map((recipient) => recipient.address),
          );
          Promise.resolve()
            .then(() => sink?.beforeAccept(mail))
            .then(
              () => {
                sink?.accepted.push(mail);
                callback();
                sink?.afterAccept(mail);
              },
              (error: Error) => callback(Object.assign(error, { responseCode: 451 })),
            );
        });
      },
    });
    await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
    sink = new SmtpSink(server, port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** How many e-mails of this reminder this address got. */
  count(reminderKey: string, to: string): number {
    return this.accepted.filter((mail) => mail.reminderKey === reminderKey && mail.to.includes(to)).length;
  }

  close(): Promise<void> {
    return new Promise((closed) => this.server.close(() => closed()));
  }
}

/** Just enough MIME for nodemailer's text/plain e-mails: unfolded headers, RFC 2047 subject, base64 or QP body. */
function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map(
    raw
      .slice(0, split)
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as const),
  );
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
        : Buffer.from(body, 'latin1');
  return {
    to,
    reminderKey: headers.get('x-reminder-key') ?? '',
    messageId: headers.get('message-id') ?? '',
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: bytes.toString('utf8').replace(/\r\n/g, '\n'),
  };
}

function decodeEncodedWords(value: string): string {
  // Adjacent encoded words are one text; a character may be split across two of them.
  const words = [...value.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)];
  if (words.length === 0) return value;
  const bytes = Buffer.concat(
    words.map(([, , kind, text = '']) =>
      kind?.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
    ),
  );
  return bytes.toString('utf8');
}

export interface DeadlineRow {
  tenantId: string;
  caseId: string;
  kind?: string;
  subject?: string;
  dueOn: string;
  remindRoles: string[];
  escalateTo?: string | null;
  reminderDaysBefore?: number[];
  escalateAfterDays?: number;
}

/**
 * A pending deadline and its `deadline.scheduled` outbox message, in one transaction: the rows
 * the event transaction writes (libs/cases CaseEffectsWriter), for dates a test chooses freely.
 */
export async function insertScheduledDeadline(database: TestDatabase, row: DeadlineRow): Promise<string> {
  const id = randomUUID();
  await database.query(
    `WITH deadline AS (
       INSERT INTO deadline (id, tenant_id, case_id, kind, subject, due_on, due_at, remind_roles, escalate_to, reminder_days_before, escalate_after_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, tenant_id, case_id)
     INSERT INTO outbox (tenant_id, case_id, topic, payload)
     SELECT tenant_id, case_id, 'deadline.scheduled', jsonb_build_object('deadlineId', id) FROM deadline`,
    [
      id,
      row.tenantId,
      row.caseId,
      row.kind ?? 'reportDue',
      row.subject ?? '',
      row.dueOn,
      tokyoEndOfDay(row.dueOn),
      row.remindRoles,
      row.escalateTo ?? null,
      row.reminderDaysBefore ?? [0],
      row.escalateAfterDays ?? 3,
    ],
  );
  return id;
}

/** Clears a pending deadline and tells the worker, as a met or moved deadline does. */
export async function clearDeadline(database: TestDatabase, deadlineId: string): Promise<void> {
  await database.query(
    `WITH cleared AS (UPDATE deadline SET status = 'cleared', cleared_at = now() WHERE id = $1 AND status = 'pending' RETURNING id, tenant_id, case_id)
     INSERT INTO outbox (tenant_id, case_id, topic, payload)
     SELECT tenant_id, case_id, 'deadline.cleared', jsonb_build_object('deadlineId', id) FROM cleared`,
    [deadlineId],
  );
}

export interface OwnRedis {
  url: string;
  flushAll(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server of the test's own on a free port, without persistence: the shared one is never flushed. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmpdir()], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  await expectEventually(async () => expect(await client.ping()).toBe('PONG'));
  return {
    url,
    flushAll: async () => {
      await client.flushall();
    },
    stop: async () => {
      client.disconnect();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A draft application of the tenant's organization, opened by its applicant through the API: a case to hang deadlines on. */
export async function openApplication(database: TestDatabase, tenant: SeededTenant): Promise<string> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(testConfig(database.url))] }).compile();
  const api = configureApiApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await api.init();
  try {
    const login = await request(api.getHttpServer())
      .post('/auth/login')
      .send({ tenant: tenant.code, email: tenant.users.applicant.email, password: TEST_PASSWORD })
      .expect(200);
    const opened = await request(api.getHttpServer())
      .post('/cases')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .send({ programCode: seedProgram('協働支援').code, organizationId: tenant.organizationId, start: 'application' })
      .expect(201);
    return opened.body.id as string;
  } finally {
    await api.close();
  }
}

/** The worker in this process on the test's database and queue prefix, and the reminders queue seen from outside it. */
export interface WorkerTestApp {
  app: INestApplication;
  queue: Queue;
  queueEvents: QueueEvents;
  /** Stops the worker, then empties and closes the queue. */
  close(): Promise<void>;
}

export async function startWorkerTestApp(databaseUrl: string, { prefix, smtpUrl, clock }: { prefix: string; smtpUrl: string; clock: Clock }): Promise<WorkerTestApp> {
  const workerModule = await Test.createTestingModule({ imports: [WorkerModule.forRoot(testConfig(databaseUrl, { queuePrefix: prefix, smtpUrl }))] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = workerModule.createNestApplication({ bufferLogs: true });
  await app.init();
  const queue = new Queue(QueueName.Reminders, { connection: { url: TEST_REDIS_URL }, prefix });
  const queueEvents = new QueueEvents(QueueName.Reminders, { connection: { url: TEST_REDIS_URL }, prefix });
  await queueEvents.waitUntilReady();
  return {
    app,
    queue,
    queueEvents,
    close: async () => {
      await app.close();
      await queueEvents.close();
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
}
