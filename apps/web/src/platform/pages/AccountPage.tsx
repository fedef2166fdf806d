import { Card, Descriptions, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { ApiTokens } from '../components/ApiTokens';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

const TABS = ['profile', 'password', 'tokens'] as const;
type Tab = (typeof TABS)[number];

export default function AccountPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'profile';
  if (!me) return null;
  const { user } = me;

  return (
    <>
      <PageHeader title={t('nav.account')} />
      <Card variant="borderless">
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'profile' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'profile',
              label: t('account.profile'),
              children: (
                <Descriptions
                  column={{ xs: 1, sm: 1, md: 2 }}
                  bordered
                  size="small"
                  items={[
                    { key: 'name', label: t('user.name'), children: user.name },
                    { key: 'username', label: t('user.username'), children: <span className="mono">{user.username}</span> },
                    { key: 'dept', label: t('user.department'), children: user.departmentName ?? '—' },
                    {
                      key: 'positions',
                      label: t('user.positions'),
                      children: user.positions.length ? user.positions.map((p) => <Tag key={p.id}>{p.name}</Tag>) : '—',
                    },
                    {
                      key: 'perms',
                      label: t('account.permissions'),
                      span: 2,
                      children: me.permissions.includes('*') ? (
                        <Tag color="red">{t('role.allPermissionsShort')}</Tag>
                      ) : (
                        <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                          {me.permissions.join('  ') || '—'}
                        </Typography.Text>
                      ),
                    },
                    ...(me.session
                      ? [
                          { key: 'idle', label: t('account.sessionIdle'), children: formatDateTime(me.session.idleExpiresAt) },
                          { key: 'abs', label: t('account.sessionAbsolute'), children: formatDateTime(me.session.absoluteExpiresAt) },
                        ]
                      : []),
                  ]}
                />
              ),
            },
            {
              key: 'password',
              label: t('account.changePassword'),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('account.otherSessionsEnd')}</Typography.Paragraph>
                  <ChangePasswordForm />
                </>
              ),
            },
            { key: 'tokens', label: t('account.tokens'), children: <ApiTokens /> },
          ]}
        />
      </Card>
    </>
  );
}
