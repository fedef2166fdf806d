import { useMemo } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { matchMenuItem, type VisibleGroup } from './menu';

interface Props {
  groups: VisibleGroup[];
  collapsed?: boolean;
  onNavigate?: () => void;
}

export function SideMenu({ groups, collapsed = false, onNavigate }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = matchMenuItem(groups, pathname)?.item.path;

  const items = useMemo<MenuProps['items']>(
    () =>
      groups.map(({ module, items: entries }) => ({
        type: 'group' as const,
        key: `group:${module.key}`,
        label: collapsed ? null : t(module.labelKey),
        children: entries.map((item) => {
          const Icon = item.icon;
          const Badge = item.badge;
          const label = Badge ? (
            <span className="side-menu-label">
              <span>{t(item.labelKey)}</span>
              <Badge />
            </span>
          ) : (
            t(item.labelKey)
          );
          return { key: item.path, icon: Icon ? <Icon /> : undefined, label };
        }),
      })),
    [groups, collapsed, t],
  );

  return (
    <Menu
      mode="inline"
      className="side-menu"
      selectedKeys={selected ? [selected] : []}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
