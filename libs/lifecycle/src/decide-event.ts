import { joinTexts, type LocalizedText, type Problem } from '#libs/errors';
import { transition } from 'xstate';
import type { CaseEffect } from './case-effect.js';
import type { Actor, CaseEvent, CaseEventType } from './case-event.js';
import type { CaseRole } from './case-role.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { CASE_EVENT_LABELS } from './case-event-labels.js';
import { EVENT_ROLES } from './event-roles.js';
import { actorProblems, eventProblems, outOfTurnProblems, roleProblems } from './rules/event-problems.js';
import { CASE_STATE_LABELS, stateCode } from './case-states.js';

export type EventDecision =
  | { outcome: 'accepted'; snapshot: CaseSnapshot; effects: CaseEffect[] }
  /** The actor's role may never send this event (HTTP 403). */
  | { outcome: 'forbidden'; message: LocalizedText; allowedRoles: readonly CaseRole[] }
  /** The case's state, or the actor's turn in it, does not take this event now (HTTP 409), with what it does take from this actor. */
  | { outcome: 'notAcceptedInState'; message: LocalizedText; state: string; acceptableEvents: CaseEventType[] }
  /** The state takes the event, but a rule refuses it (HTTP 422): each problem says which and why. */
  | { outcome: 'refused'; message: LocalizedText; problems: Problem[] };

/**
 * The one door to the machine: decides an event against a snapshot, purely.
 * Refusals come first by role, then by state (and a reviewer's turn), then by rule, so each gets its own answer.
 */
export function decideEvent(snapshot: CaseSnapshot, event: CaseEvent): EventDecision {
  const byRole = roleProblems(event);
  if (byRole.length > 0) return { outcome: 'forbidden', message: joinTexts(byRole.map((each) => each.text)), allowedRoles: EVENT_ROLES[event.type] };

  const state = stateCode(snapshot.value);
  if (!eventTypesTakenIn(snapshot).includes(event.type)) {
    const accepted = acceptableEvents(snapshot, event.actor);
    return { outcome: 'notAcceptedInState', message: notAcceptedText(event.type, state, accepted), state, acceptableEvents: accepted };
  }
  const outOfTurn = outOfTurnProblems(snapshot.context, event.actor, event.type);
  if (outOfTurn.length > 0) {
    const accepted = acceptableEvents(snapshot, event.actor);
    return { outcome: 'notAcceptedInState', message: joinTexts([...outOfTurn.map((each) => each.text), openText(accepted)]), state, acceptableEvents: accepted };
  }
  const problems = eventProblems(snapshot.context, event);
  if (problems.length > 0) return { outcome: 'refused', message: joinTexts(problems.map((each) => each.text)), problems };

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

/** 「この案件は今「審査中」のため、「受理」はできません。今できる操作は…です。」 */
function notAcceptedText(type: CaseEventType, state: ReturnType<typeof stateCode>, accepted: readonly CaseEventType[]): LocalizedText {
  const now = CASE_STATE_LABELS[state];
  return joinTexts([
    { ja: `この案件は今「${now.ja}」のため、「${CASE_EVENT_LABELS[type].ja}」はできません。`, en: `${type} is not accepted in state ${state}` },
    openText(accepted),
  ]);
}

/** 「今できる操作は「…」「…」です。」 */
function openText(accepted: readonly CaseEventType[]): LocalizedText {
  const open = accepted.map((each) => `「${CASE_EVENT_LABELS[each].ja}」`).join('');
  return {
    ja: accepted.length > 0 ? `今できる操作は${open}です。` : 'あなたが今できる操作はありません。',
    en: `accepted now: ${accepted.join(', ') || 'none'}`,
  };
}

/** The events the case's state takes from anyone: none once the case has ended. */
export function eventTypesTakenIn(snapshot: CaseSnapshot): CaseEventType[] {
  if (snapshot.status !== 'active') return [];
  // `transitions` rather than `ownEvents`: the latter omits transitions with neither target nor actions (ADD_NOTE).
  const taken = new Set(snapshot._nodes.flatMap((node) => [...node.transitions.keys()]));
  return (Object.keys(EVENT_ROLES) as CaseEventType[]).filter((type) => taken.has(type));
}
