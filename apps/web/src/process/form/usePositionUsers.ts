/**
 * The users an `x-user-picker` offers: the holders of the named position (in the named
 * department), falling back to the department's members, then to everyone active.
 */
import { useQuery } from '@tanstack/react-query';
import { orgApi, orgKeys } from '../../platform/api/org';

export interface PickerSpec {
  department?: string;
  position?: string;
}

export function usePositionUsers(spec: PickerSpec | undefined) {
  const positions = useQuery({ queryKey: orgKeys.positionsAll, queryFn: () => orgApi.positions(), staleTime: 5 * 60_000, enabled: !!spec?.position });
  const departments = useQuery({ queryKey: orgKeys.departments, queryFn: orgApi.departments, staleTime: 5 * 60_000, enabled: !!spec?.department });

  const position = spec?.position
    ? positions.data?.find((p) => p.name === spec.position && (!spec.department || p.departmentName === spec.department))
    : undefined;
  const department = spec?.department ? departments.data?.find((d) => d.name === spec.department) : undefined;
  const lookupsDone = (!spec?.position || !positions.isPending) && (!spec?.department || !departments.isPending);

  const params = position
    ? { positionId: position.id, active: 'true' as const, page: 1, pageSize: 200 }
    : department
      ? { departmentId: department.id, active: 'true' as const, page: 1, pageSize: 200 }
      : { active: 'true' as const, page: 1, pageSize: 200 };
  const users = useQuery({ queryKey: orgKeys.users(params), queryFn: () => orgApi.users(params), enabled: lookupsDone, staleTime: 60_000 });

  return {
    users: users.data?.items ?? [],
    loading: !lookupsDone || users.isPending,
    error: positions.error ?? departments.error ?? users.error,
    /** True when the named position could not be found and the list is wider than intended. */
    fallback: lookupsDone && !!spec?.position && !position,
  };
}
