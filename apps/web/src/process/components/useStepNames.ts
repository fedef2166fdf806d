/**
 * Step names for inbox rows whose step is given only by id (the 我发起的 view lists the
 * instance's current step ids): the definitions of the processes on the page, read once each.
 */
import { useQueries } from '@tanstack/react-query';
import { processApi, processKeys } from '../api';
import { stepLabel, stepMap } from '../steps';
import { usePunct } from '../punct';

export function useStepNames(processKeyList: readonly string[], enabled: boolean) {
  const { sep } = usePunct();
  const keys = [...new Set(processKeyList)];
  const defs = useQueries({
    queries: keys.map((key) => ({
      queryKey: processKeys.definition(key),
      queryFn: () => processApi.definition(key),
      staleTime: 10 * 60_000,
      enabled,
    })),
  });
  return (processKey: string, stepIds: string | null): string => {
    if (!stepIds) return '—';
    const def = defs[keys.indexOf(processKey)]?.data?.definition;
    if (!def) return stepIds;
    const steps = stepMap(def);
    return stepIds
      .split(',')
      .filter(Boolean)
      .map((id) => stepLabel(steps, id))
      .join(sep);
  };
}
