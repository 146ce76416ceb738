export enum JobName {
  /** Round trip through Redis and the worker: proves a worker is consuming (readiness, smoke tests). */
  Ping = 'ping',
  /** One reminder of a deadline, some days before it: delayed until its instant. */
  Reminder = 'reminder',
  /** The escalation of a deadline passed unmet: delayed until its instant. */
  Escalation = 'escalation',
  /** Compares pending deadlines in PostgreSQL with the reminders in Redis and re-creates what is missing (a job scheduler). */
  ReconcileReminders = 'reconcile-reminders',
  /** Reports the unsettled cases of the fiscal year whose accounts close on 31 May, on its report days (a daily job scheduler). */
  FiscalYearCloseReport = 'fiscal-year-close-report',
}
