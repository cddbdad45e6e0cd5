import { NgTemplateOutlet } from '@angular/common';
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
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PagerBarComponent } from '../pagination/pager-bar.component';
import { ListCellDirective } from './list-column';
import type { ListSource, ListSpec } from './list-spec';
import { RowMarksDirective } from './row-marks.directive';

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
  imports: [
    NgTemplateOutlet,
    NzCardModule,
    NzEmptyModule,
    NzTableModule,
    ErrorAlertComponent,
    PagerBarComponent,
    RowMarksDirective,
    TranslatePipe,
  ],
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
      @if (columns().length) {
        <nz-table
          #table
          nzSize="middle"
          [nzData]="list().rows()"
          [nzFrontPagination]="false"
          [nzShowPagination]="false"
          [nzLoading]="list().page().state === 'loading'"
          [nzNoResult]="empty"
          [attr.data-testid]="testIds().table ?? null"
        >
          <thead>
            <tr>
              @for (column of columns(); track column.key) {
                <th [nzWidth]="column.width ?? null">{{ column.title | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table.data; track keyOf(row)) {
              <tr
                [attr.data-testid]="testIds().row ?? null"
                [bstRowMarks]="marksOf(row)"
                [class.overdue]="isOverdue(row)"
              >
                @for (column of columns(); track column.key) {
                  <td [class]="column.cellClass ?? ''">
                    <ng-container
                      [ngTemplateOutlet]="cells().get(column.key) ?? null"
                      [ngTemplateOutletContext]="{ $implicit: row }"
                    />
                  </td>
                }
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #empty>
          <nz-empty
            [nzNotFoundContent]="emptyKey() | t: emptyParams()"
            [attr.data-testid]="testIds().empty ?? null"
          />
        </ng-template>
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
    tr.overdue td {
      background: #fff1f0;
    }
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
  protected readonly columns = computed(() => {
    const columns = this.spec().columns ?? [];
    return isSignal(columns) ? columns() : columns;
  });
  protected readonly emptyKey = computed(() => this.spec().empty?.() ?? 'common.empty');
  protected readonly emptyParams = computed(() => this.spec().emptyParams?.());

  private readonly cellTemplates = contentChildren<ListCellDirective<unknown>>(ListCellDirective);
  protected readonly cells = computed(
    () => new Map(this.cellTemplates().map((cell) => [cell.key(), cell.template] as const)),
  );

  protected keyOf(row: unknown): unknown {
    return this.spec().rowKey?.(row as never) ?? row;
  }

  protected marksOf(row: unknown) {
    return this.spec().rowMarks?.(row as never) ?? {};
  }

  protected isOverdue(row: unknown): boolean {
    return this.spec().rowOverdue?.(row as never) ?? false;
  }
}
