import type { Routes } from '@angular/router';
import { lazyPage, pageGroup } from '@bastion/console-ui';

/**
 * 发展党员: the board, the case list and one case with its dossier, the deadlines, a new
 * application, a paper record typed in, and the committee's rules. Each page loads on its own,
 * so ECharts comes only with the board.
 */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'board' },
  lazyPage('board', 'menu.devBoard', () =>
    import('./board/pipeline-page.component').then((m) => m.PipelinePageComponent),
  ),
  pageGroup('cases', 'menu.devCases', [
    lazyPage('', null, () => import('./cases/case-list-page.component').then((m) => m.CaseListPageComponent)),
    lazyPage('new', 'menu.devOpen', () =>
      import('./open/open-case-page.component').then((m) => m.OpenCasePageComponent),
    ),
    lazyPage(':id', 'breadcrumb.devCase', () =>
      import('./case/case-page.component').then((m) => m.CasePageComponent),
    ),
    lazyPage(':id/dossier', 'breadcrumb.devDossier', () =>
      import('./dossier/dossier-page.component').then((m) => m.DossierPageComponent),
    ),
  ]),
  lazyPage('deadlines', 'menu.devDeadlines', () =>
    import('./deadlines/deadlines-page.component').then((m) => m.DeadlinesPageComponent),
  ),
  lazyPage('migrate', 'menu.devMigrate', () =>
    import('./migrate/migrate-page.component').then((m) => m.MigratePageComponent),
  ),
  lazyPage('rules', 'menu.devRules', () =>
    import('./rules/rules-page.component').then((m) => m.RulesPageComponent),
  ),
] satisfies Routes;
