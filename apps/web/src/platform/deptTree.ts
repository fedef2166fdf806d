/** Departments arrive as a flat list with parentId; these helpers build and walk the tree. */
import type { Department } from './types';

export interface DeptNode {
  key: string;
  value: string;
  title: string;
  dept: Department;
  children: DeptNode[];
}

const bySortThenName = (a: Department, b: Department) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN');

export function buildDeptTree(departments: readonly Department[]): DeptNode[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, Department[]>();
  for (const d of departments) {
    // A parent outside the list (e.g. filtered away) makes the department a root.
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): DeptNode[] =>
    (children.get(parent) ?? [])
      .slice()
      .sort(bySortThenName)
      .filter((d) => !seen.has(d.id))
      .map((d) => {
        seen.add(d.id);
        return { key: d.id, value: d.id, title: d.name, dept: d, children: build(d.id) };
      });
  return build(null);
}

/** The id and every id below it. */
export function subtreeIds(departments: readonly Department[], rootId: string): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Names from the root down to the department, e.g. ['综合管理部', '行政']. */
export function deptPath(departments: readonly Department[], id: string | null | undefined): string[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const path: string[] = [];
  let current = id ? byId.get(id) : undefined;
  const guard = new Set<string>();
  while (current && !guard.has(current.id)) {
    guard.add(current.id);
    path.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}
