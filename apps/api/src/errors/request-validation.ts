import { ValidationPipe } from '@nestjs/common';
import { validationException } from './validation-problems.js';

/** The one validation of request DTOs: unknown fields refused, values transformed, refusals in the error model. */
export const requestValidation = (): ValidationPipe =>
  new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationException });
