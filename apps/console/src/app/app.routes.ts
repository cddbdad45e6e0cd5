import type { Route, Routes } from '@angular/router';
import type { MessageKey } from '@bastion/console-ui';
import { adminGuard, authGuard, guestGuard } from './core/auth/auth.guard';

/**
 * A page under the shell: its path, its name in the breadcrumb trail (none where its own routes
 * name each page), its lazily loaded routes, and whether only administrators may open it.
 */
function page(
  path: string,
  breadcrumb: MessageKey | null,
  loadChildren: Route['loadChildren'],
  admin = false,
): Route {
  return {
    path,
    ...(admin ? { canActivate: [adminGuard] } : {}),
    ...(breadcrumb ? { data: { breadcrumb } } : {}),
    loadChildren,
  };
}

/**
 * Each page is its own lazily loaded routes file. `data.breadcrumb` names a page in the
 * breadcrumb trail; procedures (审批, 整改, 发展党员) add their routes here and their menu
 * entries in layout/menu.ts.
 */
export const appRoutes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./pages/login/login.routes'),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'workbench' },
      page('workbench', 'menu.workbench', () => import('./pages/workbench/workbench.routes')),
      page('approvals', 'menu.approvals', () => import('./pages/approvals/approvals.routes')),
      page(
        'general-requests/new',
        'menu.newRequest',
        () => import('./pages/approvals/general-request/general-request.routes'),
      ),
      page('rectification', null, () => import('./pages/rectification/rectification.routes')),
      page('development', 'menu.development', () => import('./pages/development/development.routes')),
      page(
        'route-templates',
        'menu.routeTemplates',
        () => import('./pages/route-templates/route-templates.routes'),
        true,
      ),
      page('calendar', 'menu.calendar', () => import('./pages/calendar/calendar.routes'), true),
      page('orgs', 'menu.orgs', () => import('./pages/orgs/orgs.routes')),
      page('people', 'menu.people', () => import('./pages/people/people.routes')),
      page('profile', 'menu.profile', () => import('./pages/profile/profile.routes')),
    ],
  },
  { path: '**', redirectTo: '' },
];
