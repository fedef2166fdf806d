import { useMemo } from 'react';
import { Card, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../types';

interface Props {
  permissions: Permission[];
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
}

/** Checkboxes for every permission, grouped by module, with a select-all per group. */
export function PermissionChecklist({ permissions, value = [], onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const groups = useMemo(() => {
    const map = new Map<string, Permission[]>();
    for (const p of permissions) map.set(p.module, [...(map.get(p.module) ?? []), p]);
    return [...map.entries()];
  }, [permissions]);
  const selected = new Set(value);

  const setMany = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    onChange?.(permissions.map((p) => p.key).filter((k) => next.has(k)).concat([...next].filter((k) => !permissions.some((p) => p.key === k))));
  };

  return (
    <Flex vertical gap={12} data-testid="permission-checklist">
      {groups.map(([module, perms]) => {
        const keys = perms.map((p) => p.key);
        const count = keys.filter((k) => selected.has(k)).length;
        return (
          <Card
            key={module}
            size="small"
            title={
              <Checkbox
                checked={count === keys.length}
                indeterminate={count > 0 && count < keys.length}
                disabled={disabled}
                onChange={(e) => setMany(keys, e.target.checked)}
              >
                {t(`permissionModule.${module}`, { defaultValue: module })}
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
                  {count}/{keys.length}
                </Typography.Text>
              </Checkbox>
            }
          >
            <Flex wrap gap="4px 16px">
              {perms.map((p) => (
                <Checkbox key={p.key} checked={selected.has(p.key)} disabled={disabled} onChange={(e) => setMany([p.key], e.target.checked)}>
                  {english ? p.labelEn : p.label}
                  <Typography.Text type="secondary" className="mono" style={{ marginLeft: 6, fontSize: 12 }}>
                    {p.key}
                  </Typography.Text>
                </Checkbox>
              ))}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
