/** Sidebar data derived from the module registry and the user's permissions. */
import { modules } from '../../modules';
import { permits } from '../auth';
import type { AppModule, ModuleMenuItem } from '../registry';

export interface VisibleGroup {
  module: AppModule;
  items: ModuleMenuItem[];
}

export function visibleMenu(permissions: readonly string[]): VisibleGroup[] {
  return modules
    .map((module) => ({ module, items: module.menu.filter((item) => permits(permissions, item.permission)) }))
    .filter((group) => group.items.length > 0);
}

/** The menu item for a location: exact match, else the longest path prefix ('/' only exactly). */
export function matchMenuItem(groups: VisibleGroup[], pathname: string): { group: VisibleGroup; item: ModuleMenuItem } | null {
  let best: { group: VisibleGroup; item: ModuleMenuItem } | null = null;
  for (const group of groups) {
    for (const item of group.items) {
      const hit = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
      if (hit && (!best || item.path.length > best.item.path.length)) best = { group, item };
    }
  }
  return best;
}
