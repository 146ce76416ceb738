import { ParseUUIDPipe } from '@nestjs/common';
import { problem } from '#libs/errors';
import { invalidRequest, requestFieldName } from '../errors/validation-problems.js';

/** A path parameter that must be a UUID; `what` says what it names in English ("a case id"). */
export const uuidParam = (name: string, what: string): ParseUUIDPipe =>
  new ParseUUIDPipe({
    exceptionFactory: () => invalidRequest([problem(name, `${requestFieldName(name)}の指定が正しくありません。`, `${name} must be ${what} (UUID)`)]),
  });
