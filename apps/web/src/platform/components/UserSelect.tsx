import { useEffect, useMemo, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../api/org';
import { errorMessage } from '../../app/api';

export interface UserOption {
  value: string;
  label: string;
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Label for the current value, which may not be in the first search results. */
  initialOption?: UserOption | null;
  /** Hide a user, e.g. oneself when choosing a delegate. */
  excludeId?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Picks one active user, searching the server by name, username or phone as one types. */
export function UserSelect({ value, onChange, initialOption, excludeId, placeholder, allowClear = true, disabled, id, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [known, setKnown] = useState<UserOption | null>(initialOption ?? null);
  useEffect(() => {
    if (initialOption) setKnown(initialOption);
  }, [initialOption]);

  const users = useQuery({
    queryKey: ['org', 'users', 'lookup', q],
    queryFn: () => orgApi.users({ q: q || undefined, active: 'true', page: 1, pageSize: 20 }),
    enabled: !disabled,
    staleTime: 60_000,
  });

  const options = useMemo(() => {
    const list: UserOption[] = (users.data?.items ?? [])
      .filter((u) => u.id !== excludeId)
      .map((u) => ({
        value: u.id,
        label: u.departmentName ? `${u.name}（${u.username}）· ${u.departmentName}` : `${u.name}（${u.username}）`,
      }));
    if (value && known && known.value === value && !list.some((o) => o.value === value)) list.unshift(known);
    return list;
  }, [users.data, excludeId, value, known]);

  return (
    <Select
      id={id}
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v: string | undefined, option) => {
        if (v && option && !Array.isArray(option)) setKnown({ value: v, label: String(option.label) });
        onChange?.(v ?? null);
      }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      placeholder={placeholder ?? t('user.searchPlaceholder')}
      allowClear={allowClear}
      disabled={disabled}
      loading={users.isFetching}
      notFoundContent={
        users.isFetching ? (
          <Spin size="small" />
        ) : users.isError ? (
          <Typography.Text type="danger">{errorMessage(users.error)}</Typography.Text>
        ) : undefined
      }
      style={{ minWidth: 200 }}
      popupMatchSelectWidth={false}
    />
  );
}
