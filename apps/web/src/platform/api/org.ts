import { api, type Query } from '../../app/api';
import type {
  Delegation,
  DelegationCreateBody,
  Department,
  DepartmentCreateBody,
  DepartmentUpdateBody,
  ImportResult,
  Position,
  PositionCreateBody,
  PositionUpdateBody,
  User,
  UserCreateBody,
  UserPage,
  UserUpdateBody,
} from '../types';

const id = (value: string) => encodeURIComponent(value);

export interface UserListParams extends Query {
  q?: string;
  departmentId?: string;
  positionId?: string;
  active?: 'true' | 'false' | 'all';
  page?: number;
  pageSize?: number;
}

/** Create endpoints answer 201 with the new id; updates answer `{ ok: true }`. */
export interface Created {
  id: string;
}
export interface Ok {
  ok: true;
}

export type ImportMode = 'validate' | 'all' | 'valid-only';

export const orgKeys = {
  departments: ['org', 'departments'] as const,
  positions: (departmentId?: string) => ['org', 'positions', departmentId ?? 'all'] as const,
  positionsAll: ['org', 'positions'] as const,
  users: (params: UserListParams) => ['org', 'users', params] as const,
  user: (userId: string) => ['org', 'users', 'one', userId] as const,
  usersAll: ['org', 'users'] as const,
  delegations: (scope: 'mine' | 'all') => ['org', 'delegations', scope] as const,
  delegationsAll: ['org', 'delegations'] as const,
};

export const orgApi = {
  departments: () => api.get<Department[]>('/api/org/departments'),
  createDepartment: (body: DepartmentCreateBody) => api.post<Created>('/api/org/departments', body),
  updateDepartment: (depId: string, body: DepartmentUpdateBody) => api.patch<Ok>(`/api/org/departments/${id(depId)}`, body),
  deleteDepartment: (depId: string) => api.delete<unknown>(`/api/org/departments/${id(depId)}`),

  positions: (departmentId?: string) => api.get<Position[]>('/api/org/positions', { departmentId }),
  createPosition: (body: PositionCreateBody) => api.post<Created>('/api/org/positions', body),
  updatePosition: (posId: string, body: PositionUpdateBody) => api.patch<Ok>(`/api/org/positions/${id(posId)}`, body),
  deletePosition: (posId: string) => api.delete<unknown>(`/api/org/positions/${id(posId)}`),

  users: (params: UserListParams) => api.get<UserPage>('/api/org/users', params),
  user: (userId: string) => api.get<User>(`/api/org/users/${id(userId)}`),
  createUser: (body: UserCreateBody) => api.post<Created>('/api/org/users', body),
  updateUser: (userId: string, body: UserUpdateBody) => api.patch<Ok>(`/api/org/users/${id(userId)}`, body),
  deactivateUser: (userId: string) => api.post<unknown>(`/api/org/users/${id(userId)}/deactivate`),
  activateUser: (userId: string) => api.post<unknown>(`/api/org/users/${id(userId)}/activate`),
  resetPassword: (userId: string, newPassword: string) =>
    api.post<unknown>(`/api/org/users/${id(userId)}/reset-password`, { newPassword }),
  importUsers: (file: File, mode: ImportMode) => api.upload<ImportResult>('/api/org/users/import', file, { mode }),

  delegations: (scope: 'mine' | 'all') => api.get<Delegation[]>('/api/org/delegations', { scope }),
  createDelegation: (body: DelegationCreateBody) => api.post<Created>('/api/org/delegations', body),
  cancelDelegation: (delId: string) => api.post<Ok>(`/api/org/delegations/${id(delId)}/cancel`),
};

/** Some list endpoints may answer with a page object; accept both shapes. */
export function itemsOf<T>(data: T[] | { items: T[] } | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}
