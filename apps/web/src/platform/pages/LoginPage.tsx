import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, errorMessage } from '../../app/api';
import { useAuth, type Me } from '../../app/auth';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch';
import { platformApi, platformKeys } from '../api/platform';
import type { PublicInfo } from '../types';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginForm>();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, signIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const info = useQuery({ queryKey: platformKeys.publicInfo, queryFn: platformApi.publicInfo, staleTime: Infinity, retry: false });

  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : '/';
  if (me && !submitting) return <Navigate to={me.user.mustChangePassword ? '/change-password' : target} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await api.post<Me>('/api/auth/login', values, { expectUnauthorized: true });
      signIn(result);
      navigate(result.user.mustChangePassword ? '/change-password' : target, { replace: true });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card" variant="borderless">
        <div className="login-title">
          <span className="brand-mark" aria-hidden>
            管
          </span>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.fullTitle')}
          </Typography.Title>
          {info.data?.companyName ? (
            <Typography.Text type="secondary">{info.data.companyName}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('login.tagline')}</Typography.Text>
          )}
        </div>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        <Form<LoginForm> form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} placeholder={t('login.username')} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} placeholder={t('login.password')} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        {info.data?.demo ? (
          <DemoHint
            info={info.data}
            onPick={(username) => {
              form.setFieldsValue({ username, password: info.data?.demoPassword ?? '' });
              setError(null);
            }}
          />
        ) : null}
      </Card>
    </div>
  );
}

function DemoHint({ info, onPick }: { info: PublicInfo; onPick: (username: string) => void }) {
  const { t } = useTranslation();
  const logins = info.demoLogins ?? [];
  const first = logins[0]?.username ?? 'admin';
  return (
    <Alert
      type="info"
      style={{ marginTop: 20 }}
      data-testid="demo-hint"
      title={t('login.demoAccount', { username: first, password: info.demoPassword ?? '' })}
      description={
        logins.length > 0 ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('login.demoPick')}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {logins.map((l) => (
                <li key={l.username}>
                  <a className="demo-login" onClick={() => onPick(l.username)}>
                    {l.username}
                  </a>{' '}
                  <Typography.Text type="secondary">
                    {[l.name, l.role].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          </div>
        ) : undefined
      }
    />
  );
}
