import { Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { QueueDashboardAccess } from './queue-dashboard-access.service.js';
import { dashboardSessionCookie, dashboardTokenOf, QUEUE_DASHBOARD_PATH } from './queue-dashboard-session.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller(QUEUE_DASHBOARD_PATH.slice(1))
export class QueueDashboardSessionController {
  constructor(private readonly access: QueueDashboardAccess) {}

  /** A browser opening /admin/queues sends no Authorization header: this puts the token in a cookie it will send there. */
  @Post('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: `Open the queue dashboard in this browser: sets its session cookie, then open ${QUEUE_DASHBOARD_PATH}` })
  @ApiNoContentResponse({ description: `cookie set (HttpOnly, SameSite=Strict, Path=${QUEUE_DASHBOARD_PATH}) until the token expires` })
  @ApiForbiddenResponse({ description: 'QUEUE_DASHBOARD_FORBIDDEN: only admin of the municipality in QUEUE_DASHBOARD_TENANT' })
  async open(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    // The global AuthGuard let a bearer token through; the dashboard's own rule decides the rest.
    const token = dashboardTokenOf(request) as string;
    const { expiresAt } = await this.access.admit(token);
    response.setHeader('Set-Cookie', dashboardSessionCookie(token, expiresAt, new Date(), request.secure));
  }
}
