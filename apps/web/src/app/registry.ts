/**
 * The shape of a front-end module. A business area (vehicles, after-sales, …) adds a folder under
 * src/modules/<name>/ exporting one `AppModule`, and one line in src/modules/index.ts; the router
 * and the sidebar are built from that list. A module is one sidebar group.
 */
import type { ComponentType, CSSProperties, LazyExoticComponent } from 'react';
import type { PermissionSpec } from './auth';

export type IconComponent = ComponentType<{ className?: string; style?: CSSProperties }>;

export interface ModuleRoute {
  /** Absolute path, e.g. `/vehicles/bookings/:id`. */
  path: string;
  /** A `React.lazy` page, so each page is its own chunk. */
  element: LazyExoticComponent<ComponentType>;
  /** Needed to open the page; any one of a list suffices. */
  permission?: PermissionSpec;
}

export interface ModuleMenuItem {
  path: string;
  labelKey: string;
  icon?: IconComponent;
  /** Hidden from users who lack it; any one of a list suffices. */
  permission?: PermissionSpec;
  /** Also shown as a shortcut on the home page. */
  quickLink?: boolean;
  /** A small live indicator after the label (e.g. an open-task count); renders nothing when idle. */
  badge?: ComponentType;
}

export interface AppModule {
  key: string;
  /** i18n key of the sidebar group title. */
  labelKey: string;
  icon: IconComponent;
  /** Sidebar position: workbench 0, business modules 100–700, organisation 800, system 900, personal 1000. */
  order: number;
  routes: ModuleRoute[];
  menu: ModuleMenuItem[];
}

export function defineModule(module: AppModule): AppModule {
  return module;
}
