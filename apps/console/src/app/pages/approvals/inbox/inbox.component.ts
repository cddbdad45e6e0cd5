import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { InboxPage, InboxRow, InboxTab, Procedure } from '@bastion/approvals-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { switchMap, tap } from 'rxjs';
import {
  actionText,
  ApprovalsApi,
  CursorPager,
  ErrorAlertComponent,
  LightComponent,
  LightLegendComponent,
  type Load,
  LOADING,
  type MessageKey,
  OrgPickerComponent,
  PagerBarComponent,
  procedureLabel,
  PROCEDURES,
  SearchBoxComponent,
  SessionService,
  statusColour,
  statusLabel,
  toLoad,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { dueFiltersApply, INBOX_TABS, inboxQuery, isFiltered } from './inbox-query';

const tabFrom = (value: string | null): InboxTab =>
  INBOX_TABS.includes(value as InboxTab) ? (value as InboxTab) : 'todo';

/**
 * 审批中心: one inbox across every procedure — tasks awaiting me, what I acted on, what was
 * copied to me, what I submitted — with filters, search and keyset paging. The tab is in the
 * address, so going back from a request returns to the same list.
 */
@Component({
  selector: 'bst-inbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PagerBarComponent,
    DatePipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzEmptyModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    ErrorAlertComponent,
    SearchBoxComponent,
    LightComponent,
    LightLegendComponent,
    OrgPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './inbox.component.html',
  styleUrl: './inbox.component.css',
})
export class InboxComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(TranslateService);
  /** Only a login that belongs to a person submits requests. */
  private readonly me = inject(SessionService).me;
  protected readonly canSubmit = computed(() => !!this.me()?.personId);

  protected readonly tabs = INBOX_TABS;
  protected readonly procedures = PROCEDURES;
  protected readonly procedureLabel = procedureLabel;
  protected readonly statusLabel = statusLabel;
  protected readonly statusColour = statusColour;

  /** The tab comes from the address (`?tab=done`), so going back to the list returns to it. */
  protected readonly tab = signal<InboxTab>(
    tabFrom(inject(ActivatedRoute).snapshot.queryParamMap.get('tab')),
  );
  protected readonly tabIndex = computed(() => INBOX_TABS.indexOf(this.tab()));

  /** The search in force; the box applies what is typed on Enter or its button. */
  protected readonly q = signal('');
  protected readonly procedure = signal<Procedure | null>(null);
  protected readonly orgId = signal<string | null>(null);
  protected readonly overdueOnly = signal(false);
  protected readonly dueBefore = signal<Date | null>(null);
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  private readonly state = computed(() => ({
    tab: this.tab(),
    q: this.q(),
    procedure: this.procedure(),
    orgId: this.orgId(),
    overdueOnly: this.overdueOnly(),
    dueBefore: this.dueBefore(),
    limit: this.pager.pageSize(),
    cursor: this.pager.cursor(),
  }));
  protected readonly filtered = computed(() => isFiltered(this.state()));
  protected readonly dueFilters = computed(() => dueFiltersApply(this.tab()));
  protected readonly tabLabel = (tab: InboxTab): MessageKey => `inbox.tab.${tab}`;
  protected readonly emptyLabel = computed<MessageKey>(() =>
    this.filtered() ? 'inbox.noMatch' : `inbox.empty.${this.tab()}`,
  );

  protected readonly page = toSignal(
    toObservable(computed(() => ({ query: inboxQuery(this.state()), reload: this.reloads() }))).pipe(
      switchMap(({ query }) => this.api.inbox(query).pipe(toLoad())),
      tap((load) => load.state === 'ready' && this.pager.loaded(load.value)),
    ),
    { initialValue: LOADING as Load<InboxPage> },
  );
  /** The last rows and counts stay on screen (under the spinner) while the next page loads. */
  protected readonly rows = linkedSignal<Load<InboxPage>, readonly InboxRow[]>({
    source: this.page,
    computation: (page, previous) =>
      page.state === 'ready' ? page.value.items : page.state === 'failed' ? [] : (previous?.value ?? []),
  });
  protected readonly counts = linkedSignal<Load<InboxPage>, InboxPage['counts'] | null>({
    source: this.page,
    computation: (page, previous) => (page.state === 'ready' ? page.value.counts : (previous?.value ?? null)),
  });

  protected selectTab(index: number): void {
    const tab = INBOX_TABS[index] ?? 'todo';
    if (tab === this.tab()) return;
    this.pager.reset();
    this.tab.set(tab);
    void this.router.navigate([], { queryParams: { tab }, replaceUrl: true });
  }

  protected search(q: string): void {
    this.pager.reset();
    this.q.set(q);
  }

  /** Sets one filter and goes back to the first page, as every change of filter must. */
  protected filter<T>(target: { set(value: T): void }, value: T): void {
    this.pager.reset();
    target.set(value);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected lastAction(row: InboxRow): string {
    return row.myLastAction ? actionText(this.i18n, row.myLastAction.action) : '—';
  }
}
