import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orgApi, orgKeys } from '../api/org';
import { buildDeptTree, subtreeIds, type DeptNode } from '../deptTree';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Hide this department and its descendants (when choosing a new parent). */
  excludeSubtreeOf?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

/** Department picker over the whole tree, searchable by name. */
export function DepartmentSelect({ value, onChange, excludeSubtreeOf, placeholder, allowClear = true, disabled, style, id }: Props) {
  const { t } = useTranslation();
  const departments = useQuery({ queryKey: orgKeys.departments, queryFn: orgApi.departments });
  const treeData = useMemo(() => {
    const list = departments.data ?? [];
    const excluded = excludeSubtreeOf ? subtreeIds(list, excludeSubtreeOf) : new Set<string>();
    const prune = (nodes: DeptNode[]): DeptNode[] =>
      nodes.filter((n) => !excluded.has(n.key)).map((n) => ({ ...n, children: prune(n.children) }));
    return prune(buildDeptTree(list));
  }, [departments.data, excludeSubtreeOf]);

  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      placeholder={placeholder ?? t('department.selectPlaceholder')}
      allowClear={allowClear}
      disabled={disabled}
      loading={departments.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ minWidth: 200, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
