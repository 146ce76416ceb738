import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canSeeCase } from '#libs/cases';
import { AppConfig } from '#libs/config';
import { nextDigestAt } from '#libs/notifications';
import type { OutboxHandler, StoredOutboxMessage } from '#libs/outbox';
import { readRecipientCandidates } from '#libs/reminder-delivery';
import { reminderRecipients } from '#libs/reminders';
import { AUDIENCE_ROLE } from './audience-roles.js';
import { caseNewsMessage } from './case-news-message.js';
import { type CaseNewsDelivery, type CaseNewsSource, insertCaseNewsDeliveries, readCaseNewsSources } from './case-news.repository.js';
import { newsOf } from './who-hears-what.js';

/**
 * Tells the people an accepted event concerns, as `WHO_HEARS_WHAT` says: a notification in the
 * app and an e-mail for each, written in the relay's transaction (so exactly once, whatever
 * crashes), the e-mails left pending for the mail sender. Nobody is told of their own act, nor of
 * a case they may not see.
 */
@Injectable()
export class CaseEventAcceptedHandler implements OutboxHandler<'case.event.accepted'> {
  readonly topic = 'case.event.accepted';

  constructor(private readonly config: AppConfig) {}

  async handle(manager: EntityManager, messages: ReadonlyArray<StoredOutboxMessage<'case.event.accepted'>>, now: Date): Promise<void> {
    const sources = await readCaseNewsSources(manager, messages.map((message) => message.payload));
    const deliveries: CaseNewsDelivery[] = [];
    for (const source of sources) deliveries.push(...(await this.deliveriesOf(manager, source)));
    await insertCaseNewsDeliveries(manager, deliveries, nextDigestAt(now, this.config.reminderHour));
  }

  private async deliveriesOf(manager: EntityManager, source: CaseNewsSource): Promise<CaseNewsDelivery[]> {
    const told = newsOf(source);
    if (told.length === 0) return [];
    const reviewerId = String(source.payload.reviewerId ?? '');
    const roles = [...new Set(told.map((news) => AUDIENCE_ROLE[news.audience]))];
    const candidates = await readRecipientCandidates(manager, { tenantId: source.tenantId, organizationId: source.organizationId, subject: reviewerId }, roles);
    const scope = {
      tenantId: source.tenantId,
      organizationId: source.organizationId,
      organizationArea: source.organizationArea,
      assignedReviewerIds: source.assignedReviewerIds,
    };
    const key = `news:${source.caseId}:${source.sequence}`;
    return told.flatMap((news) =>
      reminderRecipients([AUDIENCE_ROLE[news.audience]], candidates, { organizationId: source.organizationId, organizationArea: source.organizationArea, subject: reviewerId })
        .filter((recipient) => recipient.userId !== source.actorUserId)
        .filter((recipient) =>
          canSeeCase(
            { userId: recipient.userId, tenantId: source.tenantId, role: recipient.role, organizationIds: [...recipient.organizationIds], liaisonAreas: [...recipient.liaisonAreas] },
            scope,
          ),
        )
        .map((recipient) => ({
          tenantId: source.tenantId,
          caseId: source.caseId,
          key,
          userId: recipient.userId,
          ...caseNewsMessage(news, source, { displayName: recipient.displayName, tenantName: source.tenantName, appUrl: this.config.appUrl, recipientUserId: recipient.userId }),
        })),
    );
  }
}
