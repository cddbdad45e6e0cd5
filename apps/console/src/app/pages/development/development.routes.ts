import type { Routes } from '@angular/router';

/**
 * 发展党员: the board, the case list and one case with its dossier, the deadlines, a new
 * application, a paper record typed in, and the committee's rules. Each page loads on its own,
 * so ECharts comes only with the board.
 */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'board' },
  {
    path: 'board',
    data: { breadcrumb: 'menu.devBoard' },
    loadComponent: () => import('./board/pipeline-page.component').then((m) => m.PipelinePageComponent),
  },
  {
    path: 'cases',
    data: { breadcrumb: 'menu.devCases' },
    children: [
      {
        path: '',
        loadComponent: () => import('./cases/case-list-page.component').then((m) => m.CaseListPageComponent),
      },
      {
        path: 'new',
        data: { breadcrumb: 'menu.devOpen' },
        loadComponent: () => import('./open/open-case-page.component').then((m) => m.OpenCasePageComponent),
      },
      {
        path: ':id',
        data: { breadcrumb: 'breadcrumb.devCase' },
        loadComponent: () => import('./case/case-page.component').then((m) => m.CasePageComponent),
      },
      {
        path: ':id/dossier',
        data: { breadcrumb: 'breadcrumb.devDossier' },
        loadComponent: () => import('./dossier/dossier-page.component').then((m) => m.DossierPageComponent),
      },
    ],
  },
  {
    path: 'deadlines',
    data: { breadcrumb: 'menu.devDeadlines' },
    loadComponent: () => import('./deadlines/deadlines-page.component').then((m) => m.DeadlinesPageComponent),
  },
  {
    path: 'migrate',
    data: { breadcrumb: 'menu.devMigrate' },
    loadComponent: () => import('./migrate/migrate-page.component').then((m) => m.MigratePageComponent),
  },
  {
    path: 'rules',
    data: { breadcrumb: 'menu.devRules' },
    loadComponent: () => import('./rules/rules-page.component').then((m) => m.RulesPageComponent),
  },
] satisfies Routes;
