import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto.js';

/**
 * The refusals a route can answer besides the ones every route can (400 for a malformed request,
 * 401 without a session, 500, 503: added to every operation of the document), each status with the
 * codes it carries there (a 400 given here says what the route adds to the common one); the body is ErrorResponseDto.
 */
export const ApiRefusals = (refusals: Partial<Record<400 | 403 | 404 | 409 | 413 | 415 | 422 | 429, string>>): MethodDecorator & ClassDecorator =>
  applyDecorators(...Object.entries(refusals).map(([status, description]) => ApiResponse({ status: Number(status), description, type: ErrorResponseDto })));
