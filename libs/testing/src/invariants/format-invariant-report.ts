import { INVARIANT_NAMES, type InvariantReport } from './invariant-report.js';

/** Violations printed per invariant; the rest are counted. */
const SHOWN_PER_INVARIANT = 20;

/**
 * The report as lines for a terminal: a verdict, then each invariant with what it looked at,
 * and under a broken one its first violations.
 */
export function formatInvariantReport(report: InvariantReport): string[] {
  const broken = new Set(report.violations.map((violation) => violation.invariant));
  const lines = [
    broken.size === 0
      ? `Invariants: all ${INVARIANT_NAMES.length} hold`
      : `Invariants: ${broken.size} of ${INVARIANT_NAMES.length} broken, ${report.violations.length} violation(s)`,
  ];
  const width = Math.max(...INVARIANT_NAMES.map((name) => name.length));
  for (const name of INVARIANT_NAMES) {
    const violations = report.violations.filter((violation) => violation.invariant === name);
    const checked = report.checked[name];
    const verdict = violations.length > 0 ? 'BROKEN' : checked === 0 ? 'nothing to check' : 'ok';
    lines.push(`  ${name.padEnd(width)}  ${verdict.padEnd(16)}  ${checked} checked${violations.length > 0 ? `, ${violations.length} violation(s)` : ''}`);
    for (const violation of violations.slice(0, SHOWN_PER_INVARIANT)) lines.push(`      ${violation.subject}: ${violation.detail}`);
    if (violations.length > SHOWN_PER_INVARIANT) lines.push(`      … and ${violations.length - SHOWN_PER_INVARIANT} more`);
  }
  if (report.emailsInDoubt.length > 0) {
    lines.push(`  e-mails in doubt (claimed, never confirmed, never sent again): ${report.emailsInDoubt.length}`);
    for (const subject of report.emailsInDoubt.slice(0, SHOWN_PER_INVARIANT)) lines.push(`      ${subject}`);
  }
  return lines;
}
