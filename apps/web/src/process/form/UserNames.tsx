import { useQueries } from '@tanstack/react-query';
import { orgApi, orgKeys } from '../../platform/api/org';
import { usePunct } from '../punct';

/** Names of users by id, read one by one (an instance names few people); `known` saves the calls. */
export function UserNames({ ids, known }: { ids: readonly string[]; known?: ReadonlyMap<string, string> }) {
  const p = usePunct();
  const missing = ids.filter((id) => !known?.has(id));
  const users = useQueries({
    queries: missing.map((id) => ({ queryKey: orgKeys.user(id), queryFn: () => orgApi.user(id), staleTime: 5 * 60_000, retry: false })),
  });
  const nameOf = (id: string) => known?.get(id) ?? users[missing.indexOf(id)]?.data?.name ?? id;
  return <span>{ids.map(nameOf).join(p.sep)}</span>;
}
