import type { AnyStateNode } from 'xstate';
import type { CaseStateCode } from './case-states.js';
import { caseMachine } from './case.machine.js';

/**
 * The states a case ends in (完了, 相談のみで終了, 取下げ, 不交付, 取消), read from the machine:
 * a final state added there is final everywhere that asks.
 */
export const FINAL_CASE_STATES: readonly CaseStateCode[] = finalStatesOf(caseMachine.root);

function finalStatesOf(node: AnyStateNode): CaseStateCode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return node.type === 'final' ? [node.path.join('.') as CaseStateCode] : [];
  return children.flatMap(finalStatesOf);
}
