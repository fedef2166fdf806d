/**
 * Which of a step's editable fields the person at that step must fill. The schema's `required`
 * speaks only of the whole instance, so a step's form adds the fields the process itself depends
 * on: those its transitions' conditions read (e.g. 是否在保修范围内 decides 4 or 5), and those a
 * later step takes its people from (`fromField`, e.g. 维修人员).
 */
import type { DefinitionLite, StepLite } from '../types';

function varsOf(logic: unknown, out: Set<string>): void {
  if (Array.isArray(logic)) {
    logic.forEach((x) => varsOf(x, out));
    return;
  }
  if (!logic || typeof logic !== 'object') return;
  for (const [op, arg] of Object.entries(logic as Record<string, unknown>)) {
    if (op === 'var') {
      const name = Array.isArray(arg) ? arg[0] : arg;
      if (typeof name === 'string' && name !== '') out.add(name.split('.')[0]!);
    } else varsOf(arg, out);
  }
}

export function stepRequiredFields(def: DefinitionLite, step: StepLite | undefined): string[] {
  if (!step) return [];
  const read = new Set<string>();
  for (const tr of step.transitions ?? []) varsOf(tr.when, read);
  for (const s of def.steps) if (s.assignee?.type === 'fromField' && s.assignee.field) read.add(s.assignee.field);
  return (step.fields ?? []).filter((f) => read.has(f));
}
