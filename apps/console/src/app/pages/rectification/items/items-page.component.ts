import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { clock } from '@bastion/calendar';
import type { ItemCounts, ItemListView } from '@bastion/rectification-contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  ButtonRowComponent,
  type ButtonSpec,
  fileDownload,
  filteredList,
  LightLegendComponent,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  queryAddress,
  RectificationApi,
  type TabsSpec,
  TranslateService,
} from '@bastion/console-ui';
import { BatchPickerComponent } from '../shared/batch-picker.component';
import { ItemCountsComponent } from '../shared/item-counts.component';
import { ITEM_FILTER_FIELDS } from './item-filter-fields';
import {
  countQuery,
  filtersFromParams,
  filtersToParams,
  isFiltered,
  ITEM_VIEWS,
  listQuery,
  NO_FILTERS,
  viewFromParam,
} from './item-query';
import { ItemTableComponent } from './item-table.component';

/**
 * 整改清单: the task, problem and responsibility lists over the same items, with one set of
 * filters, the counts by traffic light above, and the ledger export of what the filters select.
 * The view and the simple filters live in the address, so links and the back button keep them.
 */
@Component({
  selector: 'bst-items-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE_IMPORTS,
    FormsModule,
    BatchPickerComponent,
    ButtonRowComponent,
    ItemCountsComponent,
    ItemTableComponent,
    LightLegendComponent,
  ],
  templateUrl: './items-page.component.html',
  styles: '.wide { width: 240px; } .counts { margin-bottom: 16px; }',
})
export class ItemsPageComponent {
  private readonly api = inject(RectificationApi);
  private readonly address = queryAddress();
  private readonly i18n = inject(TranslateService);
  private readonly download = fileDownload();

  protected readonly tabs: TabsSpec<ItemListView> = {
    tabs: ITEM_VIEWS,
    label: (view) => `rect.view.${view}`,
    testId: 'items',
  };
  protected readonly fields = ITEM_FILTER_FIELDS;

  protected readonly view = signal<ItemListView>(viewFromParam(this.address.params['view']));
  protected readonly filters = new ListFilters(
    NO_FILTERS,
    filtersFromParams(this.address.params),
    undefined,
    () => this.remember(),
    isFiltered,
  );
  protected readonly pager = this.filters.pager;
  protected readonly exporting = signal(false);
  protected readonly exportButton = computed((): readonly ButtonSpec[] => [
    {
      key: 'export',
      label: 'rect.items.export',
      icon: 'download',
      loading: this.exporting(),
      testId: 'items-export',
    },
  ]);

  protected readonly list = filteredList(
    this.filters,
    (filters, page) => listQuery(this.view(), filters, page),
    (query) => this.api.items(query),
  );
  protected readonly spec: ListSpec<never> = {
    title: 'rect.items.title',
    pager: this.pager,
    testIds: { pager: 'items-pager' },
  };

  protected readonly counts = toSignal(
    toObservable(
      computed(() => ({ query: countQuery(this.filters.values()), reload: this.filters.reloads() })),
    ).pipe(
      switchMap(({ query }) =>
        this.api.counts(query).pipe(
          map((counts): ItemCounts | null => counts),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected selectView(view: ItemListView): void {
    this.pager.reset();
    this.view.set(view);
    this.remember();
  }

  /** The ledger (整改台账) of what the filters select; fetched with the session and saved. */
  protected exportLedger(): Promise<void> {
    return this.download(
      this.api.exportLedger(countQuery(this.filters.values())),
      () => this.i18n.t('rect.items.exportName', { date: clock.today() }),
      this.exporting,
    );
  }

  private remember(): void {
    this.address.keep(filtersToParams(this.view(), this.filters.values()));
  }
}
