import type { Routes } from '@angular/router';
import { lazyPage, pageGroup } from '@bastion/console-ui';

/**
 * 问题整改: batches, the three item lists, one item, the board, the printable report. Each page
 * loads on its own, so ECharts comes only with the board.
 */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'batches' },
  pageGroup('batches', 'menu.rectBatches', [
    lazyPage('', null, () => import('./batches/batch-list.component').then((m) => m.BatchListComponent)),
    lazyPage(':id', 'breadcrumb.rectBatch', () =>
      import('./batches/batch-page.component').then((m) => m.BatchPageComponent),
    ),
    lazyPage(':id/migrate', 'breadcrumb.rectPaper', () =>
      import('./migrate/item-migrate-page.component').then((m) => m.ItemMigratePageComponent),
    ),
    lazyPage(':id/report', 'breadcrumb.rectReport', () =>
      import('./report/batch-report.component').then((m) => m.BatchReportComponent),
    ),
  ]),
  pageGroup('items', 'menu.rectItems', [
    lazyPage('', null, () => import('./items/items-page.component').then((m) => m.ItemsPageComponent)),
    lazyPage(':id', 'breadcrumb.rectItem', () =>
      import('./item/item-page.component').then((m) => m.ItemPageComponent),
    ),
  ]),
  lazyPage('board', 'menu.rectBoard', () =>
    import('./board/board-page.component').then((m) => m.BoardPageComponent),
  ),
] satisfies Routes;
