import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { Clock } from '#libs/clock';
import { OUTBOX_HANDLERS, type OutboxHandler } from './outbox-handler.js';
import { OutboxPoller } from './outbox-poller.service.js';
import { OutboxRelay } from './outbox-relay.service.js';

/**
 * The worker's outbox relay and its loop, with the handlers it dispatches to: one per topic,
 * named by the worker (the relay refuses to start with a topic unhandled or handled twice).
 * `imports` are the modules that provide the handlers.
 */
@Module({})
export class OutboxModule {
  static forHandlers(imports: DynamicModule['imports'], handlers: Array<Type<OutboxHandler>>): DynamicModule {
    return {
      module: OutboxModule,
      imports,
      providers: [Clock, { provide: OUTBOX_HANDLERS, inject: handlers, useFactory: (...instances: OutboxHandler[]) => instances }, OutboxRelay, OutboxPoller],
      exports: [OutboxRelay, OutboxPoller],
    };
  }
}
