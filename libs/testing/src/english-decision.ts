import type { EventDecision } from '#libs/lifecycle';

/**
 * A decision with its texts in English only (message a string, problems strings), for specs
 * that compare the reasons literally; the Japanese texts have specs of their own.
 */
export function inEnglish(decision: EventDecision): unknown {
  switch (decision.outcome) {
    case 'accepted':
      return decision;
    case 'refused':
      return { ...decision, message: decision.message.en, problems: decision.problems.map((each) => each.text.en) };
    default:
      return { ...decision, message: decision.message.en };
  }
}
