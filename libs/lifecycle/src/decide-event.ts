import { transition } from 'xstate';
import type { CaseEffect } from './case-effect.js';
import type { Actor, CaseEvent, CaseEventType } from './case-event.js';
import type { CaseRole } from './case-role.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { EVENT_ROLES } from './event-roles.js';
import { actorProblems, eventProblems, roleProblems } from './rules/event-problems.js';
import { stateCode } from './case-states.js';

export type EventDecision =
  | { outcome: 'accepted'; snapshot: CaseSnapshot; effects: CaseEffect[] }
  /** The actor's role may never send this event (HTTP 403). */
  | { outcome: 'forbidden'; message: string; allowedRoles: readonly CaseRole[] }
  /** The case's state does not take this event now (HTTP 409), with what it does take from this actor. */
  | { outcome: 'notAcceptedInState'; message: string; state: string; acceptableEvents: CaseEventType[] }
  /** The state takes the event, but a rule refuses it (HTTP 422): each problem says which and why. */
  | { outcome: 'refused'; message: string; problems: string[] };

/**
 * The one door to the machine: decides an event against a snapshot, purely.
 * Refusals come first by role, then by state, then by rule, so each gets its own answer.
 */
export function decideEvent(snapshot: CaseSnapshot, event: CaseEvent): EventDecision {
  const byRole = roleProblems(event);
  if (byRole.length > 0) return { outcome: 'forbidden', message: byRole.join('; '), allowedRoles: EVENT_ROLES[event.type] };

  const state = stateCode(snapshot.value);
  if (!eventTypesTakenIn(snapshot).includes(event.type)) {
    const accepted = acceptableEvents(snapshot, event.actor);
    return {
      outcome: 'notAcceptedInState',
      message: `${event.type} is not accepted in state ${state}; accepted now: ${accepted.join(', ') || 'none'}`,
      state,
      acceptableEvents: accepted,
    };
  }
  const problems = eventProblems(snapshot.context, event);
  if (problems.length > 0) return { outcome: 'refused', message: problems.join('; '), problems };

  const [next, actions] = transition(snapshot.machine, snapshot, event);
  // Only `report` actions carry effects; a null one reports nothing this time.
  const effects = (actions as Array<{ type: string; params?: unknown }>).flatMap((action) =>
    action.type === 'report' && action.params ? [action.params as CaseEffect] : [],
  );
  return { outcome: 'accepted', snapshot: next as CaseSnapshot, effects };
}

/**
 * The events this actor may send in the case's current state: their role may, and who
 * they are allows it (an applicant of the organization, an assigned reviewer who has not
 * yet reviewed). Rules on the payload (amounts, documents) are only known when it comes.
 */
export function acceptableEvents(snapshot: CaseSnapshot, actor: Actor): CaseEventType[] {
  return eventTypesTakenIn(snapshot).filter(
    (type) => EVENT_ROLES[type].includes(actor.role) && actorProblems(snapshot.context, actor, type).length === 0,
  );
}

function eventTypesTakenIn(snapshot: CaseSnapshot): CaseEventType[] {
  if (snapshot.status !== 'active') return [];
  // `transitions` rather than `ownEvents`: the latter omits transitions with neither target nor actions (ADD_NOTE).
  const taken = new Set(snapshot._nodes.flatMap((node) => [...node.transitions.keys()]));
  return (Object.keys(EVENT_ROLES) as CaseEventType[]).filter((type) => taken.has(type));
}
