import type { Route, Routes } from '@angular/router';
import type { MessageKey } from '../i18n/messages.zh-cn';

/**
 * One page of a procedure's routes: its path, its name in the breadcrumb trail (null where the
 * group above already names it, as a list does), and its component, loaded only when opened.
 */
export function lazyPage(
  path: string,
  breadcrumb: MessageKey | null,
  loadComponent: NonNullable<Route['loadComponent']>,
): Route {
  return { path, ...(breadcrumb ? { data: { breadcrumb } } : {}), loadComponent };
}

/** Pages under one path and one name in the breadcrumb trail: a list and the records it opens. */
export function pageGroup(path: string, breadcrumb: MessageKey, children: Routes): Route {
  return { path, data: { breadcrumb }, children };
}
