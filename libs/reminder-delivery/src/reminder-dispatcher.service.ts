import { Injectable, Logger } from '@nestjs/common';
import { tokyoDateOf } from '#libs/calendar';
import { canSeeCase } from '#libs/cases';
import { Clock } from '#libs/clock';
import type { CaseRole } from '#libs/lifecycle';
import { UnitOfWork } from '#libs/persistence';
import type { DeliveryJobResult, EscalationJobData, ReminderJobData } from '#libs/queue';
import {
  escalationKey,
  type RecipientCandidate,
  reminderKey,
  type ReminderKind,
  reminderMessage,
  reminderRecipients,
  reminderVerdict,
} from '#libs/reminders';
import { EmailDelivery, insertInAppDelivery } from '#libs/notifications';
import type { ReminderContext } from './reminder-context.js';
import { readRecipientCandidates, readReminderContext } from './reminder-context.repository.js';

/**
 * Sends one reminder or escalation when its job fires. The job is only a timer: the deadline is
 * read again and nothing is sent when it no longer applies. Each message is claimed in a
 * committed delivery row before it leaves, so a job run twice (retried, re-delivered after a
 * crash, scheduled again by the reconciler) sends each message at most once.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly emails: EmailDelivery,
    private readonly clock: Clock,
  ) {}

  remind({ deadlineId, daysBefore }: ReminderJobData): Promise<DeliveryJobResult> {
    return this.deliver('reminder', deadlineId, reminderKey(deadlineId, daysBefore));
  }

  escalate({ deadlineId }: EscalationJobData): Promise<DeliveryJobResult> {
    return this.deliver('escalation', deadlineId, escalationKey(deadlineId));
  }

  private async deliver(kind: ReminderKind, deadlineId: string, key: string): Promise<DeliveryJobResult> {
    const now = this.clock.now();
    const context = await this.unitOfWork.run((manager) => readReminderContext(manager, deadlineId));
    if (context === null) return this.skipped(key, 'the deadline no longer exists');
    const verdict = reminderVerdict(kind, context, now);
    if (!verdict.send) return this.skipped(key, verdict.reason);
    const recipients = await this.recipientsOf(kind, context);
    if (recipients.length === 0) this.logger.warn({ msg: `${key}: nobody to send it to`, reminderKey: key, deadlineId });

    let inApp = 0;
    let emails = 0;
    const failures: string[] = [];
    for (const recipient of recipients) {
      const message = reminderMessage({
        kind,
        deadlineKind: context.kind,
        recipient: { displayName: recipient.displayName, role: recipient.role },
        remindRoles: context.remindRoles,
        caseNumber: context.caseNumber,
        organizationName: context.organizationName,
        programName: context.programName,
        tenantName: context.tenantName,
        dueOn: context.dueOn,
        today: tokyoDateOf(now),
      });
      const notified = await this.unitOfWork.run((manager) =>
        insertInAppDelivery(manager, {
          tenantId: context.tenantId,
          reminderKey: key,
          userId: recipient.userId,
          caseId: context.caseId,
          deadlineId,
          kind,
          ...message,
        }),
      );
      if (notified) inApp += 1;
      const emailed = await this.emails.sendOnce(key, context.tenantId, recipient, message);
      if (emailed === 'sent') emails += 1;
      if (emailed instanceof Error) failures.push(`${recipient.userId}: ${emailed.message}`);
    }
    if (failures.length > 0) {
      // The job is retried with backoff; what was delivered is not delivered again.
      throw new Error(`${key}: ${failures.length} e-mail(s) not accepted: ${failures.join('; ')}`);
    }
    this.logger.log({ msg: `${key}: ${inApp} notification(s) and ${emails} e-mail(s) sent`, reminderKey: key, recipients: recipients.length });
    return { outcome: 'delivered', recipients: recipients.length, inApp, emails };
  }

  private skipped(key: string, reason: string): DeliveryJobResult {
    this.logger.debug({ msg: `${key}: nothing to send, ${reason}`, reminderKey: key });
    return { outcome: 'skipped', reason };
  }

  /** By role, then only those who may see the case: a message never tells anyone about a case hidden from them. */
  private async recipientsOf(kind: ReminderKind, context: ReminderContext): Promise<RecipientCandidate[]> {
    const roles: CaseRole[] = kind === 'reminder' ? context.remindRoles : context.escalateTo ? [context.escalateTo] : [];
    const candidates = await this.unitOfWork.run((manager) => readRecipientCandidates(manager, context, roles));
    const scope = {
      tenantId: context.tenantId,
      organizationId: context.organizationId,
      organizationArea: context.organizationArea,
      assignedReviewerIds: context.assignedReviewerIds,
    };
    return reminderRecipients(roles, candidates, context).filter((recipient) =>
      canSeeCase(
        {
          userId: recipient.userId,
          tenantId: context.tenantId,
          role: recipient.role,
          organizationIds: [...recipient.organizationIds],
          liaisonAreas: [...recipient.liaisonAreas],
        },
        scope,
      ),
    );
  }
}
