import { allows } from '../access/permissions.js';

/** Who is making the request, as services see it. */
export interface Actor {
  id: string;
  username: string;
  name: string;
  departmentId: string | null;
  /** Departments this user heads, with all their sub-departments (for record rules). */
  headOfDepartmentIds: string[];
  permissions: ReadonlySet<string>;
  /** How the request was authenticated. */
  via: 'session' | 'token' | 'system';
  can(permission: string): boolean;
}

export function makeActor(a: Omit<Actor, 'can'>): Actor {
  return { ...a, can: (p: string) => allows(a.permissions, p) };
}

/** The actor for CLI commands, migrations and background jobs. */
export const systemActor: Actor = makeActor({
  id: 'system',
  username: 'system',
  name: '系统',
  departmentId: null,
  headOfDepartmentIds: [],
  permissions: new Set(['*']),
  via: 'system',
});
