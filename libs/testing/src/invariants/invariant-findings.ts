import { type InvariantName, INVARIANT_NAMES, type InvariantReport, type Violation } from './invariant-report.js';

/** What the checks found so far: each check counts what it looked at and records what it found broken. */
export class InvariantFindings {
  private readonly checked = Object.fromEntries(INVARIANT_NAMES.map((name) => [name, 0])) as Record<InvariantName, number>;
  private readonly violations: Violation[] = [];
  private readonly emailsInDoubt: string[] = [];

  looked(invariant: InvariantName, subjects: number): void {
    this.checked[invariant] += subjects;
  }

  violated(invariant: InvariantName, subject: string, detail: string): void {
    this.violations.push({ invariant, subject, detail });
  }

  /** An e-mail claimed and never confirmed: not a violation by itself (see InvariantReport). */
  inDoubt(subject: string): void {
    this.emailsInDoubt.push(subject);
  }

  report(): InvariantReport {
    return { checked: { ...this.checked }, violations: [...this.violations], emailsInDoubt: [...this.emailsInDoubt] };
  }
}
