/**
 * Everything an administrator can change, as the administration trail names it:
 * `<subject type>.<what happened>`. A new kind of change gets a new name here.
 */
export const ADMINISTRATION_ACTIONS = [
  'program.created',
  'program.versionAdded',
  'organization.created',
  'organization.updated',
  'organization.memberAdded',
  'organization.memberRemoved',
  'user.created',
  'user.updated',
  'user.signedOut',
  'user.passwordReset',
  'closedDay.added',
  'closedDay.removed',
] as const;

export type AdministrationAction = (typeof ADMINISTRATION_ACTIONS)[number];

/** What an action is about: the part of its name before the dot (`program`, `organization`, `user`, `closedDay`). */
export type AdministrationSubjectType<A extends AdministrationAction = AdministrationAction> = A extends `${infer Subject}.${string}` ? Subject : never;

export function subjectTypeOf<A extends AdministrationAction>(action: A): AdministrationSubjectType<A> {
  return action.slice(0, action.indexOf('.')) as AdministrationSubjectType<A>;
}
