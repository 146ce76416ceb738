import type { CaseEventBodyOf } from '#libs/lifecycle';
import { CASE_EVENT_BODIES, type ClientEventType } from './case-event-registry.js';

/*
 * The event DTOs and the lifecycle's event types cannot drift: for every event a client sends,
 * the fields of its DTO are exactly the fields of the lifecycle's body of that event (without
 * `type`), with the same types. A field added to either side and not the other fails the type
 * check (`npm run typecheck`, part of `npm test`), naming the event.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DtoOf<T extends ClientEventType> = InstanceType<(typeof CASE_EVENT_BODIES)[T]>;
type LifecycleBodyOf<T extends ClientEventType> = Omit<CaseEventBodyOf<T>, 'type'>;

/** The events whose DTO and lifecycle body differ; `never` when they all agree. */
type Drifted = { [T in ClientEventType]: Same<DtoOf<T>, LifecycleBodyOf<T>> extends true ? never : T }[ClientEventType];

export const EVENT_BODIES_MATCH_THE_LIFECYCLE: [Drifted] extends [never] ? true : { drifted: Drifted } = true;
