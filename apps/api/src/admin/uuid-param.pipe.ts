import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A UUID path parameter, refused with a 400 that names it and says what it should be. */
export const uuidParam = (name: string, what: string): ParseUUIDPipe =>
  new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException([`${name} must be ${what} (UUID)`]) });
