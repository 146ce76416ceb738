/** The report needs no input: the Tokyo date of the run says whether, and for which fiscal year, it reports. */
export type FiscalYearCloseReportJobData = Record<string, never>;

/** One municipality's report of one run. */
export interface FiscalYearCloseReportSent {
  tenantId: string;
  fiscalYear: number;
  /** Unsettled cases of the municipality; a recipient gets those they may see. */
  unsettled: number;
  recipients: number;
  /** Messages sent by this run; a re-run the same day sends none. */
  inApp: number;
  emails: number;
}

export interface FiscalYearCloseReportJobResult {
  /** The Tokyo date of the run. */
  today: string;
  /** The municipalities for which `today` is a report day; empty on any other day. */
  reports: FiscalYearCloseReportSent[];
}
