import { fiscalYearEraCode } from '#libs/calendar';
import { formatCaseNumber } from '#libs/cases';
import type { SeededTenant } from '../libs/testing/src/tenant.factory.js';
import type { BenchDatabase } from './bench-database.js';
import { CountProgress } from './count-progress.js';
import { step } from './progress.js';

/** The fiscal years the filled cases belong to (年度, April to March). */
export const FILL_FISCAL_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

/**
 * 地区 of 一関市 the added organizations are in, two each: the seeded two (舞川, 弥栄) get a 自治会連合会 and a
 * 公民館 beside their 地域協働体, the others a 地域協働体 and a 自治会連合会. 50 organizations, 52 with the seeded.
 */
const AREAS = [
  '舞川', '弥栄', '山目', '中里', '真滝', '萩荘', '厳美', '涌津', '永井', '油島', '老松', '日形', '金沢',
  '摺沢', '大原', '興田', '猿沢', '渋民', '曽慶', '奥玉', '磐清水', '小梨', '長坂', '松川', '田河津',
] as const;
const SEEDED_AREAS = new Set<string>(['舞川', '弥栄']);

/** Reviewers besides the seeded two (審査委員): the seeded reviewer is one of six, so "assigned to me" is a sixth of the reviewed cases. */
const EXTRA_REVIEWERS = 4;

/** Weights of the programs among the cases (per mille): the two main subsidies most, the lottery-funded コミュニティ助成 least. */
const PROGRAM_WEIGHTS: Readonly<Record<string, number>> = {
  協働支援: 300,
  ひとまち: 250,
  ひとまち人件費: 150,
  合意形成: 100,
  コミ一般: 80,
  コミセン: 50,
  コミ防災: 40,
  コミ青少年: 30,
};

/**
 * Where the cases of a fiscal year stand (per mille, by template label, see case-list-templates.ts):
 * the years before last are settled but for a few stragglers, last year is settling, the latest
 * year of the data is spread over the whole lifecycle.
 */
const STATE_WEIGHTS: Readonly<Record<'settled' | 'settling' | 'latest', Readonly<Record<string, number>>>> = {
  settled: {
    closed: 720,
    rejected: 70,
    withdrawn: 60,
    closedWithoutApplication: 120,
    'settlement.paymentDue': 10,
    'settlement.refundDue': 5,
    'revocation.refundDue': 5,
    revoked: 5,
    'grant.inProgress': 5,
  },
  settling: {
    closed: 550,
    rejected: 60,
    withdrawn: 50,
    closedWithoutApplication: 100,
    'consultation.concluded': 10,
    'settlement.reportDue': 80,
    'settlement.reportSubmitted': 50,
    'settlement.paymentDue': 40,
    'settlement.refundDue': 5,
    'grant.inProgress': 40,
    'grant.changeRequested': 10,
    'revocation.refundDue': 3,
    revoked: 2,
  },
  latest: {
    'consultation.open': 60,
    'consultation.concluded': 30,
    closedWithoutApplication: 50,
    'application.draft': 60,
    'application.submitted': 80,
    'application.returned': 30,
    withdrawn: 30,
    'review.inReview (no reviewer yet)': 30,
    'review.inReview': 30,
    'review.awaitingDecision': 40,
    rejected: 40,
    'grant.decided': 40,
    'grant.inProgress': 210,
    'grant.changeRequested': 15,
    'grant.discontinueRequested': 5,
    'settlement.reportDue': 80,
    'settlement.reportSubmitted': 50,
    'settlement.paymentDue': 30,
    'settlement.refundDue': 5,
    closed: 85,
  },
};
const yearGroup = (fiscalYear: number): keyof typeof STATE_WEIGHTS =>
  fiscalYear === FILL_FISCAL_YEARS.at(-1) ? 'latest' : fiscalYear === FILL_FISCAL_YEARS.at(-2) ? 'settling' : 'settled';

/** Rows per INSERT: big enough to be set-based, small enough for a count line a second. */
const BATCH = 10_000;

/** What the fill wrote, for the report. */
export interface FillResult {
  cases: number;
  organizations: number;
  reviewers: number;
  pendingDeadlines: number;
  overdueCases: number;
  assignedToSeededReviewer: number;
  numbered: number;
}

/**
 * The rest of the tenant's cases, set-based: `count` rows of grant_case written by
 * INSERT … SELECT over generate_series, never one statement per case.
 *
 * 1. 50 organizations in 25 地区 (AREAS) and EXTRA_REVIEWERS reviewers (the seeded reviewer's hash).
 * 2. A plan in an unlogged table: per case a fiscal year of FILL_FISCAL_YEARS (uniform), a program
 *    (PROGRAM_WEIGHTS, its seeded version), an organization (uniform), a template (STATE_WEIGHTS
 *    of its year, one of the template's lines of figures), a reviewer of the six when the
 *    template has one, a created_at in office hours anywhere in the fiscal year and an updated_at
 *    0 to 89 days after it. Choices come from hashint8 of the row's number, so two runs of one
 *    size fill alike (but for the deadlines' dates, which count from today).
 * 3. Case numbers for the templates that have one (accepted cases), in the app's format
 *    (formatCaseNumber: R7-協働支援-0001), numbered per fiscal year and program in order of
 *    creation, and number_sequence set to the last, so the app's next ACCEPT follows on.
 * 4. grant_case from the plan joined with the template: its state, amounts and snapshot, with
 *    the snapshot's organization, population and reviewer put to the case's own.
 * 5. The template's deadlines: the cleared ones as the template had them after the case's
 *    creation; the pending ones due from 30 days ago to 169 days ahead for the latest year
 *    (so about 15% are overdue) and overdue for the years before (stragglers).
 */
export async function fillCases(database: BenchDatabase, tenant: SeededTenant, count: number): Promise<FillResult> {
  const { pool } = database;
  const tenantId = tenant.id;
  const organizations = AREAS.flatMap((area) =>
    (SEEDED_AREAS.has(area) ? [`${area}自治会連合会`, `${area}地区公民館`] : [`${area}地区地域協働体`, `${area}自治会連合会`]).map((name) => ({ name, area })),
  );
  await pool.query(
    `INSERT INTO organization (tenant_id, name, type, area, population)
     SELECT $1, name, CASE WHEN name LIKE '%地域協働体' THEN 'communityCollaborationBody' WHEN name LIKE '%公民館' THEN 'communityHallAssociation'
                            ELSE 'neighborhoodAssociation' END, area, 800 + (hashint8(n) & 2147483647) % 8000
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS added (name, area, n)`,
    [tenantId, organizations.map((organization) => organization.name), organizations.map((organization) => organization.area)],
  );
  await pool.query(
    `INSERT INTO app_user (tenant_id, email, display_name, password_hash, role)
     SELECT $1, 'reviewer-' || n || '@' || t.code || '.example', '審査委員' || n, u.password_hash, 'reviewer'
       FROM generate_series(1, $3::int) n, tenant t, app_user u WHERE t.id = $1 AND u.id = $2`,
    [tenantId, tenant.users.reviewer.id, EXTRA_REVIEWERS],
  );

  // Lookup tables the plan picks from: numbered rows, and weights as ranges of per mille.
  await pool.query(`CREATE UNLOGGED TABLE bench_organization AS SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, id, population FROM organization WHERE tenant_id = $1`, [tenantId]);
  await pool.query(`CREATE UNLOGGED TABLE bench_reviewer AS SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS n, id FROM app_user WHERE tenant_id = $1 AND role = 'reviewer'`, [tenantId]);
  // Each weight becomes the range [low, high) of 0 … 999 after the ones before it.
  const programs = Object.entries(PROGRAM_WEIGHTS);
  await pool.query(
    `CREATE UNLOGGED TABLE bench_program_weight AS
     SELECT p.id AS program_version_id, p.code, w.high - w.weight AS low, w.high
       FROM (SELECT code, weight, sum(weight) OVER (ORDER BY n) AS high FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS w (code, weight, n)) w
       JOIN program_version p ON p.tenant_id = $1 AND p.code = w.code AND p.version = 1`,
    [tenantId, programs.map(([code]) => code), programs.map(([, weight]) => weight)],
  );
  const states = FILL_FISCAL_YEARS.flatMap((fiscalYear) => Object.entries(STATE_WEIGHTS[yearGroup(fiscalYear)]).map(([label, weight]) => ({ fiscalYear, label, weight })));
  await pool.query(
    `CREATE UNLOGGED TABLE bench_state_weight AS
     SELECT fiscal_year, label, high - weight AS low, high
       FROM (SELECT fiscal_year, label, weight, sum(weight) OVER (PARTITION BY fiscal_year ORDER BY n) AS high
               FROM unnest($1::int[], $2::text[], $3::int[]) WITH ORDINALITY AS w (fiscal_year, label, weight, n)) w`,
    [states.map((state) => state.fiscalYear), states.map((state) => state.label), states.map((state) => state.weight)],
  );
  const [check] = (
    await pool.query<{ labels: string[] | null; programs: number; totals: string[] | null }>(
      `SELECT (SELECT array_agg(DISTINCT w.label) FROM bench_state_weight w WHERE NOT EXISTS (SELECT 1 FROM bench_case_template t WHERE t.label = w.label)) AS labels,
              (SELECT count(*) FROM bench_program_weight WHERE high - low > 0 AND (SELECT max(high) FROM bench_program_weight) = 1000)::int AS programs,
              (SELECT array_agg(fiscal_year || ': ' || total) FROM (SELECT fiscal_year, max(high) AS total FROM bench_state_weight GROUP BY fiscal_year) y
                WHERE total <> 1000) AS totals`,
    )
  ).rows;
  if (check?.labels) throw new Error(`the fill's state weights name templates that were not written: ${check.labels.join(', ')}`);
  if (check?.totals) throw new Error(`each year's state weights must add up to 1000 per mille, not ${check.totals.join(', ')}`);
  if (check?.programs !== programs.length) throw new Error(`the program weights must add up to 1000 per mille and name seeded programs: ${programs.map(([code]) => code).join(', ')}`);

  // 2. The plan. h(k) is the row's k-th hash, 0 … 2^31 − 1.
  const h = (k: number) => `(hashint8(g.i * 16 + ${k}) & 2147483647)`;
  await pool.query(`
    CREATE UNLOGGED TABLE bench_case_plan (
      i integer PRIMARY KEY, id uuid NOT NULL, fiscal_year integer NOT NULL, program_version_id uuid NOT NULL, program_code text NOT NULL,
      organization_id uuid NOT NULL, population integer, template_id integer NOT NULL, reviewer_id uuid NOT NULL,
      created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, pending_due_days integer NOT NULL, sequence integer)`);
  const [sizes] = (await pool.query<{ organizations: number; reviewers: number; variants: number }>(
    `SELECT (SELECT count(*) FROM bench_organization)::int AS organizations, (SELECT count(*) FROM bench_reviewer)::int AS reviewers,
            (SELECT count(DISTINCT variant) FROM bench_case_template)::int AS variants`,
  )).rows as [{ organizations: number; reviewers: number; variants: number }];
  let planned = 0;
  const planProgress = new CountProgress('planning the cases', () => planned, 'rows', count);
  try {
    for (let from = 1; from <= count; from += BATCH) {
      const to = Math.min(count, from + BATCH - 1);
      const result = await pool.query(
        `INSERT INTO bench_case_plan (i, id, fiscal_year, program_version_id, program_code, organization_id, population, template_id, reviewer_id,
                                      created_at, updated_at, pending_due_days)
         SELECT g.i, gen_random_uuid(), y.fiscal_year, p.program_version_id, p.code, o.id, o.population, t.id, r.id,
                y.created_at, least(y.created_at + ${h(8)} % 90 * interval '1 day', now()),
                CASE WHEN y.fiscal_year = $3 THEN ${h(9)} % 200 - 30 ELSE -1 - ${h(9)} % 300 END
           FROM generate_series($1::int, $2::int) AS g (i)
           CROSS JOIN LATERAL (
             SELECT $4::int + ${h(1)} % $5::int AS fiscal_year) f
           CROSS JOIN LATERAL (
             -- A weekday-blind instant between 08:30 and 17:15 Tokyo on one of the fiscal year's 365 days, to the microsecond.
             SELECT f.fiscal_year,
                    make_timestamptz(f.fiscal_year, 4, 1, 8, 30, 0, 'Asia/Tokyo') + (${h(6)} % 365) * interval '1 day'
                      + (${h(7)} % (525 * 60)) * interval '1 second' + (${h(11)} % 1000000) * interval '1 microsecond' AS created_at) y
           JOIN bench_program_weight p ON ${h(2)} % 1000 >= p.low AND ${h(2)} % 1000 < p.high
           JOIN bench_organization o ON o.n = ${h(4)} % $6::int
           JOIN bench_state_weight w ON w.fiscal_year = y.fiscal_year AND ${h(3)} % 1000 >= w.low AND ${h(3)} % 1000 < w.high
           JOIN bench_case_template t ON t.label = w.label AND t.variant = ${h(5)} % $7::int
           JOIN bench_reviewer r ON r.n = ${h(10)} % $8::int`,
        [from, to, FILL_FISCAL_YEARS.at(-1), FILL_FISCAL_YEARS[0], FILL_FISCAL_YEARS.length, sizes.organizations, sizes.variants, sizes.reviewers],
      );
      if (result.rowCount !== to - from + 1) throw new Error(`planning cases ${from} to ${to} must give a row each, gave ${result.rowCount}: the weights must cover 0 to 999`);
      planned = to;
    }
  } finally {
    planProgress.stop();
  }

  // 3. Case numbers, per fiscal year and program in order of creation.
  await pool.query(`
    UPDATE bench_case_plan p SET sequence = numbered.sequence
      FROM (SELECT p.i, row_number() OVER (PARTITION BY p.fiscal_year, p.program_code ORDER BY p.created_at, p.id) AS sequence
              FROM bench_case_plan p JOIN bench_case_template t ON t.id = p.template_id WHERE t.numbered) numbered
     WHERE numbered.i = p.i`);
  const eras = FILL_FISCAL_YEARS.map((fiscalYear) => fiscalYearEraCode(fiscalYear));
  // formatCaseNumber pads to four digits and no further.
  const caseNumber = `($2::text[])[p.fiscal_year - ${FILL_FISCAL_YEARS[0] - 1}] || '-' || p.program_code || '-' ||
                      CASE WHEN p.sequence < 10000 THEN lpad(p.sequence::text, 4, '0') ELSE p.sequence::text END`;

  // 4. The cases.
  let inserted = 0;
  const progress = new CountProgress('filling grant_case', () => inserted, 'cases', count);
  try {
    for (let from = 1; from <= count; from += BATCH) {
      const to = Math.min(count, from + BATCH - 1);
      await pool.query(
        `INSERT INTO grant_case (id, tenant_id, program_version_id, organization_id, case_number, fiscal_year, state, snapshot, machine_version,
                                 version, requested_amount, decided_amount, confirmed_amount, created_at, updated_at)
         SELECT p.id, $1, p.program_version_id, p.organization_id, CASE WHEN p.sequence IS NULL THEN NULL ELSE ${caseNumber} END,
                p.fiscal_year, t.state,
                CASE WHEN t.reviewed THEN jsonb_set(s.snapshot, '{context,reviewers,0,reviewerId}', to_jsonb(p.reviewer_id::text)) ELSE s.snapshot END,
                t.machine_version, t.version, t.requested_amount, t.decided_amount, t.confirmed_amount, p.created_at, p.updated_at
           FROM bench_case_plan p
           JOIN bench_case_template t ON t.id = p.template_id
           CROSS JOIN LATERAL (
             SELECT jsonb_set(jsonb_set(t.snapshot, '{context,organizationId}', to_jsonb(p.organization_id::text)),
                              '{context,population}', coalesce(to_jsonb(p.population), 'null'::jsonb)) AS snapshot) s
          WHERE p.i BETWEEN $3 AND $4`,
        [tenantId, eras, from, to],
      );
      inserted = to;
    }
  } finally {
    progress.stop();
  }
  const [sample] = (
    await pool.query<{ case_number: string; fiscal_year: number; program_code: string; sequence: number }>(
      `SELECT c.case_number, p.fiscal_year, p.program_code, p.sequence FROM bench_case_plan p JOIN grant_case c ON c.id = p.id
        WHERE p.sequence IS NOT NULL ORDER BY p.i LIMIT 1`,
    )
  ).rows;
  if (sample && sample.case_number !== formatCaseNumber(sample.fiscal_year, sample.program_code, sample.sequence)) {
    throw new Error(`the fill's case number ${sample.case_number} must read as the app writes it: ${formatCaseNumber(sample.fiscal_year, sample.program_code, sample.sequence)}`);
  }
  await pool.query(
    `INSERT INTO number_sequence (tenant_id, scope, last_value)
     SELECT $1, 'case:' || fiscal_year || ':' || program_code, max(sequence) FROM bench_case_plan WHERE sequence IS NOT NULL GROUP BY fiscal_year, program_code`,
    [tenantId],
  );

  // 5. Deadlines: due at the end of the day in Tokyo (tokyoEndOfDay), as the app writes them.
  const writeDeadlines = `
    INSERT INTO deadline (tenant_id, case_id, kind, subject, due_on, due_at, remind_roles, escalate_to, reminder_days_before, escalate_after_days,
                          status, created_at, cleared_at)
     SELECT $1, p.id, d.kind, CASE WHEN d.kind = 'reviewDue' THEN p.reviewer_id::text ELSE d.subject END, due.on,
            (due.on + 1)::timestamp AT TIME ZONE 'Asia/Tokyo' - interval '1 millisecond', d.remind_roles, d.escalate_to,
            d.reminder_days_before, d.escalate_after_days, d.status, p.created_at,
            CASE WHEN d.status = 'cleared' THEN least(p.updated_at, now()) END
       FROM bench_case_plan p
       JOIN bench_template_deadline d ON d.template_id = p.template_id
       CROSS JOIN LATERAL (
         SELECT CASE WHEN d.status = 'pending' THEN (now() AT TIME ZONE 'Asia/Tokyo')::date + p.pending_due_days
                     ELSE (p.created_at AT TIME ZONE 'Asia/Tokyo')::date + d.due_after_days END AS on) due`;
  const deadlines = await step('writing the deadlines', () => pool.query(writeDeadlines, [tenantId]));
  process.stderr.write(`deadlines written: ${deadlines.rowCount ?? 0}\n`);
  for (const table of ['bench_case_plan', 'bench_state_weight', 'bench_program_weight', 'bench_organization', 'bench_reviewer', 'bench_template_deadline', 'bench_case_template']) {
    await pool.query(`DROP TABLE ${table}`);
  }

  const [figures] = (
    await pool.query<Omit<FillResult, 'cases' | 'organizations' | 'reviewers'>>(
      `SELECT (SELECT count(*) FROM deadline WHERE tenant_id = $1 AND status = 'pending')::int AS "pendingDeadlines",
              (SELECT count(DISTINCT case_id) FROM deadline WHERE tenant_id = $1 AND status = 'pending' AND due_at < now())::int AS "overdueCases",
              (SELECT count(*) FROM grant_case WHERE tenant_id = $1 AND snapshot->'context'->'reviewers' @> $2::jsonb)::int AS "assignedToSeededReviewer",
              (SELECT count(*) FROM grant_case WHERE tenant_id = $1 AND case_number IS NOT NULL)::int AS numbered`,
      [tenantId, JSON.stringify([{ reviewerId: tenant.users.reviewer.id }])],
    )
  ).rows as [Omit<FillResult, 'cases' | 'organizations' | 'reviewers'>];
  return { cases: count, organizations: organizations.length, reviewers: EXTRA_REVIEWERS, ...figures };
}

