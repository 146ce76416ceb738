import { initialTransition, type SnapshotFrom, type StateValue } from 'xstate';
import type { Program } from '#libs/programs';
import type { CaseContext, CaseInput } from './case-context.js';
import { CASE_MACHINE_VERSION, caseMachine } from './case.machine.js';

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>;

/**
 * What is stored for a case: the state value and the context without the program (the
 * case row keeps the program version it was filed under), tagged with the machine version.
 */
export interface StoredCaseSnapshot {
  machineVersion: number;
  value: StateValue;
  context: Omit<CaseContext, 'program'>;
}

export class UnsupportedMachineVersionException extends Error {
  override name = 'UnsupportedMachineVersionException';
}

/** A new case, before its first event (OPEN_CONSULTATION or START_APPLICATION). */
export function newCaseSnapshot(input: CaseInput): CaseSnapshot {
  const [snapshot] = initialTransition(caseMachine, input);
  return snapshot;
}

export function storeSnapshot(snapshot: CaseSnapshot): StoredCaseSnapshot {
  const { program: _program, ...context } = snapshot.context;
  return { machineVersion: CASE_MACHINE_VERSION, value: snapshot.value, context: structuredClone(context) };
}

/** Turns a stored snapshot back into one the machine can transition, under its program version. */
export function restoreSnapshot(stored: StoredCaseSnapshot, program: Program): CaseSnapshot {
  if (stored.machineVersion !== CASE_MACHINE_VERSION) {
    throw new UnsupportedMachineVersionException(
      `snapshot of machine version ${stored.machineVersion} cannot be restored by version ${CASE_MACHINE_VERSION}`,
    );
  }
  const context = structuredClone(stored.context);
  // Snapshots stored before `recusedReviewerIds` existed have none.
  context.recusedReviewerIds ??= [];
  // Nor did their reviewers declare 利益相反なし: one not yet reviewed declares now (`conflictDeclarationOwed`).
  context.reviewers = context.reviewers.map((reviewer) => ({ ...reviewer, affirmedNoConflict: reviewer.affirmedNoConflict ?? false }));
  return caseMachine.resolveState({ value: stored.value, context: { ...context, program } });
}
