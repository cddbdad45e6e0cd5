import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  isSignal,
  output,
} from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { templatesByName } from '../slots/templates-by-name';
import { PagerBarComponent } from '../pagination/pager-bar.component';
import { ListCellDirective } from './list-column';
import type { ListSource, ListSpec } from './list-spec';
import { DataTableComponent, type TableSpec } from './data-table.component';

/**
 * The frame of every keyset-paged list page, set up by the page's `ListSpec`: the title with the
 * page's actions (`[listActions]`, `bst-create-button`), a card with the filters
 * (`[listFilters]`), the failure with a retry, the table of the spec's columns whose cells are
 * the page's `bstCell` templates — or, without columns, the page's own body — the empty state,
 * and a footer (`[listFooter]`, e.g. a total) beside the pager.
 */
@Component({
  selector: 'bst-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzCardModule, DataTableComponent, ErrorAlertComponent, PagerBarComponent, TranslatePipe],
  template: `
    <div class="bst-page-header">
      <h1>{{ spec().title | t }}</h1>
      <ng-content select="[listActions], bst-create-button" />
    </div>

    <nz-card>
      <ng-content select="[listFilters]" />

      @if (list().page(); as page) {
        @if (page.state === 'failed') {
          <bst-error-alert
            class="form-alert"
            [error]="page.error"
            [retryable]="true"
            (retry)="retry.emit()"
          />
        }
      }

      <ng-content />
      @if (table().columns.length) {
        <bst-data-table
          [spec]="table()"
          [rows]="rows()"
          [loading]="list().page().state === 'loading'"
          [emptyParams]="emptyParams()"
          [cellTemplates]="cell"
        />
      }

      <div class="bst-list-footer" [attr.data-testid]="testIds().footer ?? null">
        <ng-content select="[listFooter]" />
        <bst-pager-bar
          [pager]="spec().pager"
          [sizes]="spec().pagerSizes ?? true"
          [testId]="testIds().pager ?? 'pager'"
        />
      </div>
    </nz-card>
  `,
  styles: `
    .bst-list-footer > bst-pager-bar:only-child {
      margin-left: auto;
    }
  `,
})
export class ListPageComponent {
  /** The page's own spec; its row functions take the page's row type. */
  readonly spec = input.required<ListSpec<never>>();
  readonly list = input.required<ListSource<unknown>>();
  readonly retry = output();

  protected readonly testIds = computed(() => this.spec().testIds ?? {});
  /** The table the spec describes; an empty one of columns leaves the page's own body alone. */
  protected readonly table = computed<TableSpec<never>>(() => {
    const spec = this.spec();
    const columns = spec.columns ?? [];
    return {
      columns: isSignal(columns) ? columns() : columns,
      rowKey: spec.rowKey,
      rowMarks: spec.rowMarks,
      rowOverdue: spec.rowOverdue,
      empty: spec.empty?.() ?? 'common.empty',
      testIds: spec.testIds,
    };
  });
  protected readonly emptyParams = computed(() => this.spec().emptyParams?.());
  /** The rows are the page's own type, which its spec's functions take. */
  protected readonly rows = computed(() => this.list().rows() as readonly never[]);

  private readonly cellTemplates = contentChildren<ListCellDirective<unknown>>(ListCellDirective);
  protected readonly cell = templatesByName(this.cellTemplates, (cell) => cell.key());
}
