import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { errorAnswer } from './error-answer.js';
import { localeOf } from './request-locale.js';

/**
 * The one place errors become HTTP answers (see errorAnswer): registered once, globally, in
 * configureApiApp; no controller has a filter of its own.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const answer = errorAnswer(exception, localeOf(request), String(request.id ?? ''));
    if (answer.log) this.logger[answer.log.level](answer.log.message);
    const response = http.getResponse<Response>();
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    response.status(answer.status).json(answer.body);
  }
}
