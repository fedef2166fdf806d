import { describe, expect, it } from 'vitest';
import { makeActor } from '../auth/actor.js';
import { allows } from './permissions.js';
import { canSeeRecord, scopeFor } from './record-rules.js';

const actor = (perms: string[], heads: string[] = []) =>
  makeActor({ id: 'u1', username: 'u1', name: 'U1', departmentId: 'd1', headOfDepartmentIds: heads, permissions: new Set(perms), via: 'session' });

describe('ORG-4 permissions and record rules', () => {
  it.each([
    [['org:read'], 'org:read', true],
    [['org:read'], 'org:manage', false],
    [['*'], 'vehicles:dispatch', true],
    [['vehicles:*'], 'vehicles:dispatch', true],
    [['vehicles:*'], 'org:manage', false],
    [[], 'org:read', false],
  ])('granted %j allows %s → %s', (granted, needed, expected) => {
    expect(allows(granted, needed)).toBe(expected);
  });

  it('an employee sees only his own records', () => {
    const scope = scopeFor(actor(['org:read']), 'vehicles:read_all');
    expect(scope.kind).toBe('own');
    expect(canSeeRecord(scope, { ownerId: 'u1', departmentId: 'd9' })).toBe(true);
    expect(canSeeRecord(scope, { ownerId: 'u2', departmentId: 'd1' })).toBe(false);
  });

  it("a department head sees his departments' records (sub-departments included by the caller) and his own", () => {
    const scope = scopeFor(actor(['org:read'], ['d1', 'd1a']), 'vehicles:read_all');
    expect(scope.kind).toBe('department');
    expect(canSeeRecord(scope, { ownerId: 'u2', departmentId: 'd1a' })).toBe(true);
    expect(canSeeRecord(scope, { ownerId: 'u2', departmentId: 'd2' })).toBe(false);
    expect(canSeeRecord(scope, { ownerId: 'u1', departmentId: 'd2' })).toBe(true);
  });

  it('the read-all permission sees everything', () => {
    const scope = scopeFor(actor(['vehicles:read_all']), 'vehicles:read_all');
    expect(canSeeRecord(scope, { ownerId: 'u9', departmentId: null })).toBe(true);
  });
});
