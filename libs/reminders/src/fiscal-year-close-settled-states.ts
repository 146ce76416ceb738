import type { AnyStateNode } from 'xstate';
import { caseMachine, type CaseStateCode } from '#libs/lifecycle';

/**
 * The states in which a case needs nothing more before the accounts close (出納閉鎖): the
 * final states of the lifecycle (完了, 相談のみで終了, 取下げ, 不交付, 取消). Read from the
 * machine, so a final state added there is settled here too; every other state is unsettled
 * (未精算) for the fiscal-year close report.
 */
export const SETTLED_CASE_STATES: readonly CaseStateCode[] = finalStatesOf(caseMachine.root);

function finalStatesOf(node: AnyStateNode): CaseStateCode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return node.type === 'final' ? [node.path.join('.') as CaseStateCode] : [];
  return children.flatMap(finalStatesOf);
}
