import { Injectable } from '@nestjs/common';

/** The time, injected: use cases never call `new Date()` themselves, so tests can set the date. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
