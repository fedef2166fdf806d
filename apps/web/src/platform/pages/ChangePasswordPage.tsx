import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** Standalone page; users whose password must be changed (first login, after a reset) are held here. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, refresh, signOut } = useAuth();
  const forced = !!user?.mustChangePassword;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card" variant="borderless" style={{ width: 460 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('account.changePassword')}
        </Typography.Title>
        {forced ? <Alert type="warning" showIcon title={t('account.mustChange')} style={{ marginBottom: 16 }} /> : null}
        <Typography.Paragraph type="secondary">{t('account.otherSessionsEnd')}</Typography.Paragraph>
        <ChangePasswordForm
          onDone={async () => {
            await refresh();
            navigate('/', { replace: true });
          }}
        />
        <Flex justify="space-between" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">
            {user?.name} ({user?.username})
          </Typography.Text>
          {forced ? (
            <Button
              type="link"
              size="small"
              onClick={async () => {
                await signOut();
                navigate('/login', { replace: true });
              }}
            >
              {t('header.logout')}
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => navigate(-1)}>
              {t('common.back')}
            </Button>
          )}
        </Flex>
      </Card>
    </div>
  );
}
