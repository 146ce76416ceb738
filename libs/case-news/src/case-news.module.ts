import { Module } from '@nestjs/common';
import { CaseEventAcceptedHandler } from './case-event-accepted.handler.js';

/** The worker's side of news of a case: the outbox handler that tells people of accepted events. */
@Module({
  providers: [CaseEventAcceptedHandler],
  exports: [CaseEventAcceptedHandler],
})
export class CaseNewsModule {}
