import type { Routes } from '@angular/router';

/**
 * 问题整改: batches, the three item lists, one item, the board, the printable report. Each page
 * loads on its own, so ECharts comes only with the board.
 */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'batches' },
  {
    path: 'batches',
    data: { breadcrumb: 'menu.rectBatches' },
    children: [
      {
        path: '',
        loadComponent: () => import('./batches/batch-list.component').then((m) => m.BatchListComponent),
      },
      {
        path: ':id',
        data: { breadcrumb: 'breadcrumb.rectBatch' },
        loadComponent: () => import('./batches/batch-page.component').then((m) => m.BatchPageComponent),
      },
      {
        path: ':id/migrate',
        data: { breadcrumb: 'breadcrumb.rectPaper' },
        loadComponent: () =>
          import('./migrate/item-migrate-page.component').then((m) => m.ItemMigratePageComponent),
      },
      {
        path: ':id/report',
        data: { breadcrumb: 'breadcrumb.rectReport' },
        loadComponent: () => import('./report/batch-report.component').then((m) => m.BatchReportComponent),
      },
    ],
  },
  {
    path: 'items',
    data: { breadcrumb: 'menu.rectItems' },
    children: [
      {
        path: '',
        loadComponent: () => import('./items/items-page.component').then((m) => m.ItemsPageComponent),
      },
      {
        path: ':id',
        data: { breadcrumb: 'breadcrumb.rectItem' },
        loadComponent: () => import('./item/item-page.component').then((m) => m.ItemPageComponent),
      },
    ],
  },
  {
    path: 'board',
    data: { breadcrumb: 'menu.rectBoard' },
    loadComponent: () => import('./board/board-page.component').then((m) => m.BoardPageComponent),
  },
] satisfies Routes;
