import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { modules } from '../modules';
import { RequireAuth, RequirePermission } from './guards';
import { Shell } from './Shell';
import { PageSpin } from './components/PageSpin';
import { NotFoundResult } from './components/ResultPages';

const LoginPage = lazy(() => import('../platform/pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('../platform/pages/ChangePasswordPage'));

export function AppRoutes() {
  const routes = modules.flatMap((m) => m.routes);
  return (
    <Suspense fallback={<PageSpin fullScreen />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/change-password"
          element={
            <RequireAuth allowMustChange>
              <ChangePasswordPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <Shell />
            </RequireAuth>
          }
        >
          {routes.map(({ path, element: Page, permission }) => (
            <Route
              key={path}
              path={path}
              element={
                <RequirePermission permission={permission}>
                  <Page />
                </RequirePermission>
              }
            />
          ))}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
