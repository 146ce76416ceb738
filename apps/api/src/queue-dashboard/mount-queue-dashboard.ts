import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { CodedException } from '#libs/errors';
import { QueueName } from '#libs/queue';
import { errorAnswer } from '../errors/error-answer.js';
import { localeOf } from '../errors/request-locale.js';
import { QueueDashboardAccess } from './queue-dashboard-access.service.js';
import { dashboardTokenOf, QUEUE_DASHBOARD_PATH } from './queue-dashboard-session.js';

type ServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

/**
 * bull-board on every queue of `QueueName`, read-only (nobody retries, removes or empties jobs
 * from a browser: the reconciler and the delivery rows decide what runs), at /admin/queues.
 * Mounted on Express before Nest's routes, behind a check of its own that takes the bearer
 * header or the session cookie; POST /admin/queues/session is left to its Nest controller.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: true })),
    // @bull-board/express 9.10.1 brings the types of its own @bull-board/api 9.10.1, whose classes differ from 9.10.2's by
    // private fields only; at run time the adapter uses nothing of that package, only the routes createBullBoard gives it.
    serverAdapter: serverAdapter as unknown as ServerAdapter,
    options: { uiConfig: { boardTitle: 'Grants queues' } },
  });
  const access = app.get(QueueDashboardAccess, { strict: false });
  const board = serverAdapter.getRouter();
  const admitted = (request: Request, response: Response, next: NextFunction) => {
    // Past bull-board entirely: its router parses JSON bodies itself and answers a malformed one in its own shape.
    if (request.path === '/session') return next();
    access.admit(dashboardTokenOf(request)).then(
      () => board(request, response, next),
      (error: unknown) => {
        if (!(error instanceof CodedException)) return next(error);
        // Through the API's one error answer, as Nest's filter does not see this Express mount.
        const answer = errorAnswer(error, localeOf(request), String((request as Request & { id?: string }).id ?? ''));
        if (answer.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
        response.setHeader('Cache-Control', 'no-store');
        response.status(answer.status).json(answer.body);
      },
    );
  };
  app.use(QUEUE_DASHBOARD_PATH, admitted);
}
