import { Injectable, Logger } from '@nestjs/common';
import { type IsoDate, MunicipalCalendar, tokyoDateOf } from '#libs/calendar';
import { canSeeCase, type CaseUser } from '#libs/cases';
import { Clock } from '#libs/clock';
import { AppConfig } from '#libs/config';
import { UnitOfWork } from '#libs/persistence';
import type { FiscalYearCloseReportJobResult, FiscalYearCloseReportSent } from '#libs/queue';
import { fiscalYearCloseMessage, fiscalYearCloseReport, fiscalYearCloseReportKey, fiscalYearReportedOn } from '#libs/reminders';
import {
  readReportingTenants,
  readReportRecipients,
  readUnsettledCases,
  type ReportingTenant,
  type ReportRecipient,
} from './fiscal-year-close-report.repository.js';
import { EmailDelivery, insertInAppDelivery } from '#libs/notifications';

/**
 * The daily run of the fiscal-year close report: for each municipality for which today (Tokyo)
 * is a report day of the year whose accounts close on 31 May, every finance user and officer
 * gets the unsettled cases they may see, in-app and by e-mail. Each message is recorded under
 * (report key, recipient, channel) before it leaves, as a reminder's is, so a run repeated or
 * retried the same day sends nothing twice. Nobody is told about an empty list.
 */
@Injectable()
export class FiscalYearCloseReporter {
  private readonly logger = new Logger('FiscalYearCloseReport');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly emails: EmailDelivery,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async report(): Promise<FiscalYearCloseReportJobResult> {
    const today = tokyoDateOf(this.clock.now());
    const tenants = await this.unitOfWork.read(readReportingTenants);
    const reports: FiscalYearCloseReportSent[] = [];
    const failures: string[] = [];
    for (const tenant of tenants) {
      const calendar = new MunicipalCalendar({ extraClosedDays: tenant.closedDays });
      const fiscalYear = fiscalYearReportedOn(today, this.config.fiscalYearCloseReportDaysBefore, calendar);
      if (fiscalYear === null) continue;
      reports.push(await this.reportTo(tenant, fiscalYear, today, failures));
    }
    if (failures.length > 0) {
      // The job is retried with backoff; what was delivered is not delivered again.
      throw new Error(`fiscal-year close report of ${today}: ${failures.length} e-mail(s) not accepted: ${failures.join('; ')}`);
    }
    return { today, reports };
  }

  private async reportTo(tenant: ReportingTenant, fiscalYear: number, today: IsoDate, failures: string[]): Promise<FiscalYearCloseReportSent> {
    const sent: FiscalYearCloseReportSent = { tenantId: tenant.id, fiscalYear, unsettled: 0, recipients: 0, inApp: 0, emails: 0 };
    const cases = await this.unitOfWork.read((manager) => readUnsettledCases(manager, tenant.id, fiscalYear));
    sent.unsettled = cases.length;
    if (cases.length === 0) {
      this.logger.log({ msg: `FY${fiscalYear} of ${tenant.name}: every case is settled, nothing to report`, tenantId: tenant.id });
      return sent;
    }
    const key = fiscalYearCloseReportKey(tenant.id, fiscalYear, today);
    const recipients = await this.unitOfWork.read((manager) => readReportRecipients(manager, tenant.id));
    for (const recipient of recipients) {
      const visible = cases.filter((entry) => canSeeCase(caseUserOf(recipient, tenant.id), entry.scope));
      // A liaison officer whose areas have no unsettled case has nothing to be told.
      if (visible.length === 0) continue;
      sent.recipients += 1;
      const message = fiscalYearCloseMessage({
        report: fiscalYearCloseReport(fiscalYear, today, visible),
        recipient: { displayName: recipient.displayName, role: recipient.role },
        tenantName: tenant.name,
      });
      const notified = await this.unitOfWork.run((manager) =>
        insertInAppDelivery(manager, {
          tenantId: tenant.id,
          reminderKey: key,
          userId: recipient.userId,
          kind: 'fiscalYearClose',
          caseId: null,
          deadlineId: null,
          ...message,
        }),
      );
      if (notified) sent.inApp += 1;
      const emailed = await this.emails.sendOnce(key, tenant.id, recipient, message);
      if (emailed === 'sent') sent.emails += 1;
      if (emailed instanceof Error) failures.push(`${recipient.userId}: ${emailed.message}`);
    }
    this.logger.log({
      msg: `${key}: ${cases.length} unsettled case(s) of FY${fiscalYear}; ${sent.inApp} notification(s) and ${sent.emails} e-mail(s) sent`,
      reportKey: key,
      recipients: sent.recipients,
    });
    return sent;
  }
}

function caseUserOf(recipient: ReportRecipient, tenantId: string): CaseUser {
  return { userId: recipient.userId, tenantId, role: recipient.role, organizationIds: recipient.organizationIds, liaisonAreas: recipient.liaisonAreas };
}
