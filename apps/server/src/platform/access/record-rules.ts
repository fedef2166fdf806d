/**
 * Record rules (ORG-4): an employee sees his own records; a department head sees his
 * department's (and its sub-departments'); holders of the module's read-all permission see all.
 * Services call these to build WHERE clauses or to check one record.
 */
import type { Actor } from '../auth/actor.js';

export type RecordScope =
  | { kind: 'all' }
  | { kind: 'department'; departmentIds: string[]; userId: string }
  | { kind: 'own'; userId: string };

/**
 * The widest scope the actor has for a module: `all` with `readAll`, `department` when he heads
 * a department, otherwise `own`.
 */
export function scopeFor(actor: Actor, readAllPermission: string): RecordScope {
  if (actor.can(readAllPermission)) return { kind: 'all' };
  if (actor.headOfDepartmentIds.length > 0) {
    return { kind: 'department', departmentIds: actor.headOfDepartmentIds, userId: actor.id };
  }
  return { kind: 'own', userId: actor.id };
}

/** May the actor see a record owned by `ownerId` in department `departmentId`? */
export function canSeeRecord(
  scope: RecordScope,
  record: { ownerId: string; departmentId: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'department':
      return (
        record.ownerId === scope.userId ||
        (record.departmentId !== null && scope.departmentIds.includes(record.departmentId))
      );
    case 'own':
      return record.ownerId === scope.userId;
  }
}
