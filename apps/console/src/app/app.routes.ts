import type { Routes } from '@angular/router';
import { adminGuard, authGuard, guestGuard } from './core/auth/auth.guard';

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
      {
        path: 'workbench',
        data: { breadcrumb: 'menu.workbench' },
        loadChildren: () => import('./pages/workbench/workbench.routes'),
      },
      {
        path: 'approvals',
        data: { breadcrumb: 'menu.approvals' },
        loadChildren: () => import('./pages/approvals/approvals.routes'),
      },
      {
        path: 'general-requests/new',
        data: { breadcrumb: 'menu.newRequest' },
        loadChildren: () => import('./pages/approvals/general-request/general-request.routes'),
      },
      {
        path: 'rectification',
        loadChildren: () => import('./pages/rectification/rectification.routes'),
      },
      {
        path: 'development',
        data: { breadcrumb: 'menu.development' },
        loadChildren: () => import('./pages/development/development.routes'),
      },
      {
        path: 'route-templates',
        canActivate: [adminGuard],
        data: { breadcrumb: 'menu.routeTemplates' },
        loadChildren: () => import('./pages/route-templates/route-templates.routes'),
      },
      {
        path: 'calendar',
        canActivate: [adminGuard],
        data: { breadcrumb: 'menu.calendar' },
        loadChildren: () => import('./pages/calendar/calendar.routes'),
      },
      {
        path: 'orgs',
        data: { breadcrumb: 'menu.orgs' },
        loadChildren: () => import('./pages/orgs/orgs.routes'),
      },
      {
        path: 'people',
        data: { breadcrumb: 'menu.people' },
        loadChildren: () => import('./pages/people/people.routes'),
      },
      {
        path: 'profile',
        data: { breadcrumb: 'menu.profile' },
        loadChildren: () => import('./pages/profile/profile.routes'),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
