import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { tokyoDateOf } from '#libs/calendar';
import { ApplyCaseEvent, CasesModule, type CaseUser, OpenCase } from '#libs/cases';
import { type AppConfig, ConfigModule } from '#libs/config';
import type { CaseEventBody, CaseRole, CaseStateCode } from '#libs/lifecycle';
import { PersistenceModule } from '#libs/persistence';
import { seedProgram } from '#libs/programs';
import type { SeededTenant } from '../libs/testing/src/tenant.factory.js';
import { testConfig } from '../libs/testing/src/test-config.js';
import type { BenchDatabase } from './bench-database.js';

/** What the API wires for an event, minus HTTP: the validated config, TypeORM on PostgreSQL, the case use cases. */
@Module({})
class CaseTemplatesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CaseTemplatesModule, imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot(), CasesModule] };
  }
}

const SUPPORT = seedProgram('協働支援');
const CATEGORY = SUPPORT.eligibleExpenseCategories[0] as string;
const OTHER_CATEGORY = (SUPPORT.eligibleExpenseCategories[1] ?? CATEGORY) as string;

/** The amounts of one template line: planned expenses, and the 2/3 of them asked (協働支援 caps a year at 100,000 yen). */
interface Figures {
  planned: number;
  requested: number;
}

/** Each state's template is written once per line of figures, so the filled cases' amounts vary as the machine computed them. */
export const TEMPLATE_FIGURES: readonly Figures[] = [
  { planned: 45_000, requested: 30_000 },
  { planned: 90_000, requested: 60_000 },
  { planned: 150_000, requested: 100_000 },
];

interface Keep {
  state: CaseStateCode;
  /** Tells two templates of one state apart (a case in review before and after its reviewer is assigned). */
  tag?: string;
}

interface Step {
  who: CaseRole;
  /** The body as a client sends it; `serial` keeps notice numbers unique. */
  body: (figures: Figures, serial: number, reviewerId: string) => object;
  /** Kept as a template of this state once the event is accepted. */
  keep?: Keep;
}

interface TemplatePath {
  start: 'application' | 'consultation';
  /** Kept as a template right after OpenCase. */
  opened?: CaseStateCode;
  steps: readonly Step[];
}

/** The template's name in the fill's weights: its state, and its tag when a state has two. */
export const templateLabel = (keep: Keep): string => (keep.tag ? `${keep.state} (${keep.tag})` : keep.state);

const event =
  (who: CaseRole, body: Step['body']) =>
  (state?: CaseStateCode, tag?: string): Step => ({ who, body, ...(state ? { keep: { state, ...(tag ? { tag } : {}) } } : {}) });

const today = () => tokyoDateOf(new Date());
const SUBMIT = event('applicant', (f) => ({ type: 'SUBMIT', requestedAmount: f.requested, plannedExpenses: [{ category: CATEGORY, amount: f.planned }] }));
const ACCEPT = event('officer', () => ({ type: 'ACCEPT' }));
const RETURN_FOR_CORRECTION = event('officer', () => ({ type: 'RETURN_FOR_CORRECTION', reason: '収支予算書の合計が合っていません', dueOn: null }));
const WITHDRAW = event('applicant', () => ({ type: 'WITHDRAW', reason: '事業の実施を見送るため' }));
const ASSIGN_REVIEWER = event('officer', (_f, _s, reviewerId) => ({ type: 'ASSIGN_REVIEWER', reviewerId }));
const AFFIRM_NO_CONFLICT = event('reviewer', () => ({ type: 'AFFIRM_NO_CONFLICT' }));
const SUBMIT_REVIEW = event('reviewer', () => ({ type: 'SUBMIT_REVIEW', scores: [{ criterion: '公益性', score: 4 }], comment: '地域の課題に即した計画' }));
const DECIDE_GRANT = event('approver', (f, serial) => ({ type: 'DECIDE_GRANT', amount: f.requested, conditions: [], noticeNumber: `一協第${serial}号` }));
const DECIDE_REJECT = event('approver', (_f, serial) => ({ type: 'DECIDE_REJECT', reasons: ['補助の目的に合わないため'], noticeNumber: `一協不第${serial}号` }));
const START_PROJECT = event('applicant', () => ({ type: 'START_PROJECT' }));
const REQUEST_CHANGE = event('applicant', (f) => ({
  type: 'REQUEST_CHANGE',
  description: '講師謝礼の一部を会場使用料に振り替える',
  plannedExpenses: [
    { category: CATEGORY, amount: f.planned - 15_000 },
    { category: OTHER_CATEGORY, amount: 15_000 },
  ],
  requestedAmount: f.requested,
}));
const REQUEST_DISCONTINUE = event('applicant', () => ({ type: 'REQUEST_DISCONTINUE', reason: '会場が使えなくなったため' }));
const REQUEST_ADVANCE = event('applicant', (f) => ({ type: 'REQUEST_ADVANCE', amount: f.requested / 2 }));
const PREPAYMENT = event('finance', (f) => ({ type: 'RECORD_PAYMENT', amount: f.requested / 2, paidOn: today(), kind: 'prepayment' }));
const REVOKE = event('approver', (_f, serial) => ({ type: 'REVOKE', reason: '補助金を目的外に使用したため', noticeNumber: `一協取第${serial}号`, refundOrderNumber: null }));
const REVOKE_WITH_REFUND = event('approver', (_f, serial) => ({
  type: 'REVOKE',
  reason: '補助金を目的外に使用したため',
  noticeNumber: `一協取第${serial}号`,
  refundOrderNumber: `一協返第${serial}号`,
}));
const COMPLETE_PROJECT = event('applicant', () => ({ type: 'COMPLETE_PROJECT', completedOn: today() }));
const SUBMIT_REPORT = event('applicant', (f) => ({ type: 'SUBMIT_REPORT', actualExpenses: [{ category: CATEGORY, amount: f.planned }], outcomes: '地区の活動報告会を3回開催' }));
/** Spent a third of the plan: the amount confirmed falls below the advance paid, and a refund is ordered. */
const SMALL_REPORT = event('applicant', (f) => ({ type: 'SUBMIT_REPORT', actualExpenses: [{ category: CATEGORY, amount: f.planned / 3 }], outcomes: '報告会を1回開催' }));
const CONFIRM_AMOUNT = event('approver', (_f, serial) => ({ type: 'CONFIRM_AMOUNT', noticeNumber: `一協確第${serial}号`, amount: null, refundOrderNumber: null }));
const CONFIRM_WITH_REFUND = event('approver', (_f, serial) => ({
  type: 'CONFIRM_AMOUNT',
  noticeNumber: `一協確第${serial}号`,
  amount: null,
  refundOrderNumber: `一協返確第${serial}号`,
}));
const FINAL_PAYMENT = event('finance', (f) => ({ type: 'RECORD_PAYMENT', amount: f.requested, paidOn: today(), kind: 'finalPayment' }));
const CONCLUDE_CONSULTATION = event('officer', () => ({ type: 'CONCLUDE_CONSULTATION', summary: '申請の要件を説明し、来年度の申請を検討するとのこと' }));
const CLOSE_WITHOUT_APPLICATION = event('officer', () => ({ type: 'CLOSE_WITHOUT_APPLICATION', reason: '対象となる事業ではなかったため' }));

const GRANTED = [SUBMIT(), ACCEPT(), ASSIGN_REVIEWER(), AFFIRM_NO_CONFLICT(), SUBMIT_REVIEW(), DECIDE_GRANT(), START_PROJECT()];
const ADVANCED = [...GRANTED, REQUEST_ADVANCE(), PREPAYMENT()];

/** One path per way a case goes, each state kept where a path first reaches it: every state a stored case can be in. */
const PATHS: readonly TemplatePath[] = [
  {
    start: 'application',
    opened: 'application.draft',
    steps: [
      SUBMIT('application.submitted'),
      ACCEPT('review.inReview', 'no reviewer yet'),
      ASSIGN_REVIEWER('review.inReview'),
      AFFIRM_NO_CONFLICT(),
      SUBMIT_REVIEW('review.awaitingDecision'),
      DECIDE_GRANT('grant.decided'),
      START_PROJECT('grant.inProgress'),
      COMPLETE_PROJECT('settlement.reportDue'),
      SUBMIT_REPORT('settlement.reportSubmitted'),
      CONFIRM_AMOUNT('settlement.paymentDue'),
      FINAL_PAYMENT('closed'),
    ],
  },
  { start: 'application', steps: [SUBMIT(), RETURN_FOR_CORRECTION('application.returned')] },
  { start: 'application', steps: [SUBMIT(), WITHDRAW('withdrawn')] },
  { start: 'application', steps: [SUBMIT(), ACCEPT(), ASSIGN_REVIEWER(), AFFIRM_NO_CONFLICT(), SUBMIT_REVIEW(), DECIDE_REJECT('rejected')] },
  { start: 'application', steps: [...GRANTED, REQUEST_CHANGE('grant.changeRequested')] },
  { start: 'application', steps: [...GRANTED, REQUEST_DISCONTINUE('grant.discontinueRequested')] },
  { start: 'application', steps: [...GRANTED, REVOKE('revoked')] },
  { start: 'application', steps: [...ADVANCED, REVOKE_WITH_REFUND('revocation.refundDue')] },
  { start: 'application', steps: [...ADVANCED, COMPLETE_PROJECT(), SMALL_REPORT(), CONFIRM_WITH_REFUND('settlement.refundDue')] },
  { start: 'consultation', opened: 'consultation.open', steps: [CONCLUDE_CONSULTATION('consultation.concluded')] },
  { start: 'consultation', steps: [CLOSE_WITHOUT_APPLICATION('closedWithoutApplication')] },
];

/** What the templates are: how many cases they took, and the labels the fill may name. */
export interface CaseTemplateSet {
  cases: number;
  events: number;
  labels: string[];
  /** The states they are of (a state may have two templates, see Keep.tag). */
  states: number;
}

/**
 * Real snapshots to copy. Cases of 協働支援 (the papers-free version, see papers-free-program.ts)
 * are taken through the lifecycle by the use cases the API calls, OpenCase and ApplyCaseEvent,
 * in a Nest application context on the real clock; after each event named in PATHS the row as
 * the use case left it (state, snapshot, amounts, whether it has a case number) and every
 * deadline of the case (pending and cleared) are copied into `bench_case_template` and
 * `bench_template_deadline`, once per line of TEMPLATE_FIGURES. The fill copies those rows
 * (case-list-fill.ts), so each filled case holds a snapshot the machine wrote, which
 * GET /cases/{id} restores like any other. The template cases stay in the tenant: their audit
 * trail is append-only.
 */
export async function writeCaseTemplates(database: BenchDatabase, redisUrl: string, tenant: SeededTenant): Promise<CaseTemplateSet> {
  await database.pool.query(`
    CREATE TABLE bench_case_template (
      id serial PRIMARY KEY, label text NOT NULL, variant integer NOT NULL, state text NOT NULL, snapshot jsonb NOT NULL,
      machine_version integer NOT NULL, version integer NOT NULL, requested_amount bigint, decided_amount bigint,
      confirmed_amount bigint, numbered boolean NOT NULL, reviewed boolean NOT NULL, created_on date NOT NULL,
      UNIQUE (label, variant))`);
  await database.pool.query(`
    CREATE TABLE bench_template_deadline (
      template_id integer NOT NULL REFERENCES bench_case_template (id), kind text NOT NULL, subject text NOT NULL,
      status text NOT NULL, due_after_days integer NOT NULL, remind_roles text[] NOT NULL, escalate_to text,
      reminder_days_before integer[] NOT NULL, escalate_after_days integer NOT NULL)`);
  const config = testConfig(database.url, { redisUrl, logLevel: 'silent' });
  const app = await NestFactory.createApplicationContext(CaseTemplatesModule.forRoot(config), { logger: false });
  try {
    const openCase = app.get(OpenCase);
    const applyCaseEvent = app.get(ApplyCaseEvent);
    const user = (role: CaseRole): CaseUser => ({
      userId: tenant.users[role].id,
      tenantId: tenant.id,
      role,
      organizationIds: role === 'applicant' ? [tenant.organizationId] : [],
      liaisonAreas: [],
    });
    const labels = new Set<string>();
    const states = new Set<string>();
    let cases = 0;
    let events = 0;
    let serial = 0;
    const keep = async (caseId: string, what: Keep, variant: number) => {
      const label = templateLabel(what);
      const [row] = (
        await database.pool.query<{ state: string }>(
          `WITH kept AS (
             INSERT INTO bench_case_template (label, variant, state, snapshot, machine_version, version, requested_amount, decided_amount,
                                              confirmed_amount, numbered, reviewed, created_on)
             SELECT $2, $3, state, snapshot, machine_version, version, requested_amount, decided_amount, confirmed_amount,
                    case_number IS NOT NULL, jsonb_array_length(snapshot->'context'->'reviewers') > 0, (created_at AT TIME ZONE 'Asia/Tokyo')::date
               FROM grant_case WHERE id = $1
             ON CONFLICT (label, variant) DO NOTHING
             RETURNING id, state, created_on
           ), deadlines AS (
             INSERT INTO bench_template_deadline (template_id, kind, subject, status, due_after_days, remind_roles, escalate_to,
                                                  reminder_days_before, escalate_after_days)
             SELECT kept.id, d.kind, d.subject, d.status, d.due_on - kept.created_on, d.remind_roles, d.escalate_to,
                    d.reminder_days_before, d.escalate_after_days
               FROM kept JOIN deadline d ON d.case_id = $1
           )
           SELECT state FROM kept`,
          [caseId, label, variant],
        )
      ).rows;
      if (row && row.state !== what.state) throw new Error(`the template ${label} must be a case in ${what.state}, but the use case left it in ${row.state}`);
      labels.add(label);
      states.add(what.state);
    };
    for (const [variant, figures] of TEMPLATE_FIGURES.entries()) {
      for (const path of PATHS) {
        const opened = await openCase.execute({
          user: user(path.start === 'consultation' ? 'officer' : 'applicant'),
          programCode: SUPPORT.code,
          organizationId: tenant.organizationId,
          start: path.start,
          idempotency: null,
        });
        const caseId = opened.body.id;
        cases += 1;
        events += 1;
        if (path.opened) await keep(caseId, { state: path.opened }, variant);
        for (const step of path.steps) {
          const body = step.body(figures, ++serial, tenant.users.reviewer.id) as CaseEventBody;
          try {
            await applyCaseEvent.execute({ user: user(step.who), caseId, body, expectedVersion: null, idempotency: null });
          } catch (error) {
            throw new Error(`writing the templates, ${body.type} was refused: ${error instanceof Error ? error.message : String(error)}`);
          }
          events += 1;
          if (step.keep) await keep(caseId, step.keep, variant);
        }
      }
    }
    return { cases, events, labels: [...labels], states: states.size };
  } finally {
    await app.close();
  }
}
