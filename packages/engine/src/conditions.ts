import jsonLogic from 'json-logic-js';
import type { Transition } from './definition.js';

/** The first transition whose condition holds over the data (plus `_action`), or null. */
export function pickTransition(transitions: Transition[], data: Record<string, unknown>, action: string): Transition | null {
  const vars = { ...data, _action: action };
  for (const t of transitions) {
    if (t.when === undefined || t.when === true) return t;
    if (t.when === false) continue;
    if (jsonLogic.truthy(jsonLogic.apply(t.when as never, vars))) return t;
  }
  return null;
}
