/**
 * Who is logged in. The current user comes from `GET /api/me` (null when not logged in); its
 * CSRF token is handed to the API client. Any unexpected 401 clears it, which makes the route
 * guard send the user to /login.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@guanjia/contracts';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api';

export type { Me };
export type MeUser = Me['user'];
/** One permission, or a list of which any one suffices. */
export type PermissionSpec = string | readonly string[] | undefined;

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me', undefined, { expectUnauthorized: true });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function permits(permissions: readonly string[], spec: PermissionSpec): boolean {
  if (!spec || (Array.isArray(spec) && spec.length === 0)) return true;
  if (permissions.includes('*')) return true;
  const wanted: readonly string[] = typeof spec === 'string' ? [spec] : spec;
  return wanted.some((p) => permissions.includes(p));
}

interface AuthValue {
  me: Me | null;
  user: MeUser | null;
  loading: boolean;
  error: unknown;
  hasPermission: (spec: PermissionSpec) => boolean;
  /** Store the session returned by login. */
  signIn: (me: Me) => void;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
  const me = query.data ?? null;

  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
  }, [me]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const signIn = useCallback(
    (next: Me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      setCsrfToken(next.csrfToken);
      queryClient.setQueryData(ME_KEY, next);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', {}, { expectUnauthorized: true });
    } finally {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    }
  }, [queryClient]);

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: ME_KEY });
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({
      me,
      user: me?.user ?? null,
      loading: query.isPending,
      error: query.error,
      hasPermission: (spec) => permits(me?.permissions ?? [], spec),
      signIn,
      signOut,
      refresh,
    }),
    [me, query.isPending, query.error, signIn, signOut, refresh],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
