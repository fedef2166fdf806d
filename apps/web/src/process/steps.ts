/** Step names as the documents number them ("3 检查维修问题"), from a definition. */
import type { DefinitionLite, StepLite } from './types';

export function stepMap(def: DefinitionLite | undefined): Map<string, StepLite> {
  return new Map((def?.steps ?? []).map((s) => [s.id, s]));
}

export function stepLabel(steps: ReadonlyMap<string, StepLite>, stepId: string | null | undefined, fallback?: string | null): string {
  if (!stepId) return fallback ?? '—';
  const s = steps.get(stepId);
  if (!s) return fallback ?? stepId;
  return s.no && s.kind !== 'end' ? `${s.no} ${s.name}` : s.name;
}
