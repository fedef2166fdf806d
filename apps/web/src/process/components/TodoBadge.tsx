import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { processApi, processKeys } from '../api';

const POLL_MS = 60_000;

/** The number of open todo items, polled; shown beside 我的待办 in the sidebar. */
export function useInboxCounts() {
  return useQuery({ queryKey: processKeys.counts, queryFn: processApi.counts, refetchInterval: POLL_MS, refetchOnWindowFocus: true });
}

export function TodoBadge() {
  const counts = useInboxCounts();
  const n = counts.data?.todo ?? 0;
  if (!n) return null;
  return <Badge count={n} size="small" overflowCount={99} color={counts.data?.overdue ? undefined : '#1f4fd1'} data-testid="todo-badge" />;
}
