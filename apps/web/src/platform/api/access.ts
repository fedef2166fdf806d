import { api } from '../../app/api';
import type { Permission, Role, RoleCreateBody, RoleUpdateBody } from '../types';

export const accessKeys = {
  roles: ['access', 'roles'] as const,
  permissions: ['access', 'permissions'] as const,
};

export const accessApi = {
  roles: () => api.get<Role[]>('/api/access/roles'),
  permissions: () => api.get<Permission[]>('/api/access/permissions'),
  createRole: (body: RoleCreateBody) => api.post<{ id: string }>('/api/access/roles', body),
  updateRole: (roleId: string, body: RoleUpdateBody) => api.patch<{ ok: true }>(`/api/access/roles/${encodeURIComponent(roleId)}`, body),
  deleteRole: (roleId: string) => api.delete<unknown>(`/api/access/roles/${encodeURIComponent(roleId)}`),
};
