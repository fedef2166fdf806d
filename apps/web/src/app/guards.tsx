import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth, type PermissionSpec } from './auth';
import { PageSpin } from './components/PageSpin';
import { ForbiddenResult } from './components/ResultPages';
import { errorMessage } from './api';

/**
 * Lets only logged-in users through. Users who must change their password are held on
 * /change-password until they do.
 */
export function RequireAuth({ children, allowMustChange = false }: { children: ReactNode; allowMustChange?: boolean }) {
  const { t } = useTranslation();
  const { me, loading, error, refresh } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpin fullScreen />;
  if (!me && error) {
    return (
      <Result
        status="warning"
        title={t('errors.serverUnavailable')}
        subTitle={errorMessage(error)}
        extra={
          <Button type="primary" onClick={() => void refresh()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (me.user.mustChangePassword && !allowMustChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

/** Shows a 403 page instead of the child when the user lacks the permission. */
export function RequirePermission({ permission, children }: { permission: PermissionSpec; children: ReactNode }) {
  const { hasPermission } = useAuth();
  return hasPermission(permission) ? <>{children}</> : <ForbiddenResult />;
}
