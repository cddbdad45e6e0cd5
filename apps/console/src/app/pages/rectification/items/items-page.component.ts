import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { PersonRef } from '@bastion/approvals-contracts';
import type {
  FindingSource,
  ItemCounts,
  ItemListView,
  ItemStatus,
  TrafficLight,
} from '@bastion/rectification-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  CursorPager,
  FilterBarComponent,
  FilterSelectComponent,
  LightLegendComponent,
  lightStyle,
  ListPageComponent,
  type ListSpec,
  type MessageKey,
  OrgPickerComponent,
  pagedList,
  PersonPickerComponent,
  RectificationApi,
  saveBlob,
  SearchBoxComponent,
  toLocalDate,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { LABELS, LIGHTS, SOURCES, STATUSES } from '../rectification-labels';
import { BatchPickerComponent } from '../shared/batch-picker.component';
import { ItemCountsComponent } from '../shared/item-counts.component';
import {
  countQuery,
  filtersFromParams,
  filtersToParams,
  type ItemFilters,
  isFiltered,
  ITEM_VIEWS,
  listQuery,
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
    FormsModule,
    NzButtonModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzIconModule,
    NzTabsModule,
    BatchPickerComponent,
    FilterBarComponent,
    ItemCountsComponent,
    ItemTableComponent,
    LightLegendComponent,
    ListPageComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    SearchBoxComponent,
    TranslatePipe,
    FilterSelectComponent,
  ],
  templateUrl: './items-page.component.html',
  styles: `
    .search {
      width: 280px;
    }
    .filter {
      width: 180px;
    }
    .wide {
      width: 240px;
    }
    .counts {
      margin-bottom: 16px;
    }
  `,
})
export class ItemsPageComponent {
  private readonly api = inject(RectificationApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  protected readonly sources = SOURCES;
  protected readonly statuses = STATUSES;
  protected readonly sourceText = (source: FindingSource) => LABELS.source[source];
  protected readonly statusText = (status: ItemStatus) => LABELS.status[status];
  protected readonly lights = LIGHTS;
  protected readonly views = ITEM_VIEWS;
  protected readonly viewLabel = (view: ItemListView): MessageKey => `rect.view.${view}`;
  protected readonly lightLabel = (light: TrafficLight): MessageKey => lightStyle(light).label;

  private readonly params = inject(ActivatedRoute).snapshot.queryParams as Record<string, string | undefined>;
  protected readonly view = signal<ItemListView>(viewFromParam(this.params['view']));
  protected readonly viewIndex = computed(() => ITEM_VIEWS.indexOf(this.view()));
  protected readonly filters = signal<ItemFilters>(filtersFromParams(this.params));
  protected readonly owner = signal<PersonRef[]>([]);
  protected readonly leader = signal<PersonRef[]>([]);
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);
  protected readonly exporting = signal(false);

  protected readonly filtered = computed(() => isFiltered(this.filters()));
  protected readonly dueWindow = computed(() => {
    const { dueFrom, dueTo } = this.filters();
    return dueFrom && dueTo ? [dueFrom, dueTo] : [];
  });

  protected readonly list = pagedList(
    this.pager,
    () => ({
      query: listQuery(this.view(), this.filters(), {
        limit: this.pager.pageSize(),
        cursor: this.pager.cursor(),
      }),
      reload: this.reloads(),
    }),
    ({ query }) => this.api.items(query),
  );
  protected readonly spec: ListSpec<never> = {
    title: 'rect.items.title',
    pager: this.pager,
    testIds: { pager: 'items-pager' },
  };

  protected readonly counts = toSignal(
    toObservable(computed(() => ({ query: countQuery(this.filters()), reload: this.reloads() }))).pipe(
      switchMap(({ query }) =>
        this.api.counts(query).pipe(
          map((counts): ItemCounts | null => counts),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected selectView(index: number): void {
    const view = ITEM_VIEWS[index] ?? 'task';
    if (view === this.view()) return;
    this.pager.reset();
    this.view.set(view);
    this.remember();
  }

  protected search(q: string): void {
    this.set('q', q);
  }

  /** Sets one filter, goes back to the first page and writes the address. */
  protected set<K extends keyof ItemFilters>(key: K, value: ItemFilters[K]): void {
    this.pager.reset();
    this.filters.update((filters) => ({ ...filters, [key]: value }));
    this.remember();
  }

  protected pickPerson(which: 'owner' | 'leader', people: PersonRef[]): void {
    this[which].set(people);
    this.set(which === 'owner' ? 'ownerId' : 'leaderId', people[0]?.personId ?? null);
  }

  protected pickDueWindow(window: Date[] | null): void {
    this.pager.reset();
    this.filters.update((filters) => ({
      ...filters,
      dueFrom: window?.[0] ?? null,
      dueTo: window?.[1] ?? null,
    }));
    this.remember();
  }

  protected clear(): void {
    this.owner.set([]);
    this.leader.set([]);
    this.pager.reset();
    this.filters.set(filtersFromParams({}));
    this.remember();
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** The ledger (整改台账) of what the filters select; fetched with the session and saved. */
  protected async exportLedger(): Promise<void> {
    this.exporting.set(true);
    try {
      const blob = await firstValueFrom(this.api.exportLedger(countQuery(this.filters())));
      saveBlob(blob, this.i18n.t('rect.items.exportName', { date: toLocalDate(new Date()) ?? '' }));
    } catch (error) {
      this.message.error(this.i18n.error(error));
    } finally {
      this.exporting.set(false);
    }
  }

  private remember(): void {
    void this.router.navigate([], {
      queryParams: filtersToParams(this.view(), this.filters()),
      replaceUrl: true,
    });
  }
}
