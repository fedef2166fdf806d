import { Avatar, Button, Dropdown, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, signOut } = useAuth();
  if (!user) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <span>
                {user.name}
                {user.departmentName ? ` · ${user.departmentName}` : ''}
              </span>
            ),
          },
          { key: 'account', icon: <UserOutlined />, label: t('header.myAccount') },
          { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
        ],
        onClick: async ({ key }) => {
          if (key === 'account') navigate('/account');
          else if (key === 'password') navigate('/account?tab=password');
          else if (key === 'logout') {
            // Leave the page first: clearing the user while still on it would make the route
            // guard remember it as "from", and the next person to log in would land there.
            navigate('/login', { replace: true, state: null });
            await signOut();
          }
        },
      }}
    >
      <Button type="text" className="user-menu-trigger" data-testid="user-menu">
        <Avatar size="small" style={{ backgroundColor: 'var(--gj-brand)' }}>
          {avatarText(user.name)}
        </Avatar>
        {compact ? null : <Typography.Text className="user-menu-name">{user.name}</Typography.Text>}
      </Button>
    </Dropdown>
  );
}

/** Chinese names show their last two characters (the given name); others their initial. */
function avatarText(name: string): string {
  if (/[\u4e00-\u9fff]/.test(name)) return name.slice(-2);
  return name.slice(0, 1).toUpperCase();
}
