import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import {
  type AdministrationVerificationResult,
  type AuditVerificationResult,
  findTenantIdByCode,
  verifyAdministrationChains,
  verifyAuditChains,
} from '#libs/audit';
import { loadConfigOrExit, readAppConfig } from '#libs/config';
import { dataSourceOptions } from '#libs/persistence';

// `npm run audit:verify [-- --tenant <code>]`: walks every audit chain, the cases' and the administrators',
// and names the first broken entry of each, one line each.
// Exit 0: intact; 1: broken; 2: could not verify (the database failed); 64 (EX_USAGE): bad arguments.
const BROKEN_EXIT_CODE = 1;
const FAILED_EXIT_CODE = 2;
const USAGE_EXIT_CODE = 64;
/** Without a terminal (CI, cron, a log file): one count line per this many entries instead of a bar. */
const COUNT_LINE_EVERY = 100_000;

const tenantCode = tenantArgument();
const config = loadConfigOrExit(readAppConfig);
process.exitCode = await verify(config.databaseUrl, tenantCode);

async function verify(databaseUrl: string, tenantCode: string | undefined): Promise<number> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  try {
    await dataSource.initialize();
    const tenantId = tenantCode === undefined ? undefined : await findTenantIdByCode(dataSource, tenantCode);
    if (tenantId === null) {
      process.stderr.write(`No tenant with code ${tenantCode}\n`);
      return USAGE_EXIT_CODE;
    }
    const progress = progressReporter();
    const cases = await verifyAuditChains(dataSource, { tenantId, onProgress: progress.update }).finally(progress.stop);
    const administration = await verifyAdministrationChains(dataSource, { tenantId });
    const intact = [reportCases(cases), reportAdministration(administration)].every(Boolean);
    return intact ? 0 : BROKEN_EXIT_CODE;
  } catch (error) {
    process.stderr.write(`Audit verification failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return FAILED_EXIT_CODE;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** One line on stdout about the cases' chains; true when they are intact. */
function reportCases({ firstBroken, entriesChecked, casesChecked }: AuditVerificationResult): boolean {
  if (firstBroken === null) {
    process.stdout.write(`Audit trail intact: ${count(entriesChecked, 'entry', 'entries')} in ${count(casesChecked, 'case', 'cases')}\n`);
    return true;
  }
  const { entryId, caseId, sequence, reason } = firstBroken;
  process.stdout.write(`Audit trail broken at entry ${entryId} (case ${caseId}, sequence ${sequence}): ${reason}\n`);
  return false;
}

/** One line on stdout about the administrators' chains; true when they are intact. */
function reportAdministration({ firstBroken, entriesChecked, tenantsChecked }: AdministrationVerificationResult): boolean {
  if (firstBroken === null) {
    process.stdout.write(`Administration trail intact: ${count(entriesChecked, 'entry', 'entries')} in ${count(tenantsChecked, 'tenant', 'tenants')}\n`);
    return true;
  }
  const { entryId, tenantId, sequence, reason } = firstBroken;
  process.stdout.write(`Administration trail broken at entry ${entryId} (tenant ${tenantId}, sequence ${sequence}): ${reason}\n`);
  return false;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function tenantArgument(): string | undefined {
  try {
    return parseArgs({ options: { tenant: { type: 'string' } }, strict: true }).values.tenant;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run audit:verify [-- --tenant <code>]\n`);
    process.exit(USAGE_EXIT_CODE);
  }
}

/** A bar for a person at a terminal; otherwise a count line every COUNT_LINE_EVERY entries. Both on stderr. */
function progressReporter(): { update: (checked: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: process.stderr, format: 'Verifying audit chains [{bar}] {percentage}% | {value}/{total} entries | ETA {eta_formatted}' },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update: (checked, total) => {
        if (!started) bar.start(total, checked);
        started = true;
        bar.setTotal(total);
        bar.update(checked);
      },
      stop: () => bar.stop(),
    };
  }
  let reported = 0;
  return {
    update: (checked, total) => {
      if (checked - reported < COUNT_LINE_EVERY) return;
      reported = checked - (checked % COUNT_LINE_EVERY);
      process.stderr.write(`Checked ${checked} of ${total} audit entries\n`);
    },
    stop: () => undefined,
  };
}
