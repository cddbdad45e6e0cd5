import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import type { InboxPage, InboxRow, InboxTab, Procedure } from '@bastion/approvals-contracts';
import {
  actionText,
  ApprovalsApi,
  filteredList,
  type FilterField,
  LightComponent,
  LightLegendComponent,
  LIST_PAGE_IMPORTS,
  type ListColumn,
  ListFilters,
  type ListSpec,
  type Load,
  type MessageKey,
  procedureLabel,
  PROCEDURES,
  queryAddress,
  RequestStatusComponent,
  SessionService,
  type TabsSpec,
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
  imports: [...LIST_PAGE_IMPORTS, LightComponent, LightLegendComponent, RequestStatusComponent],
  templateUrl: './inbox.component.html',
  styleUrl: './inbox.component.css',
})
export class InboxComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly address = queryAddress();
  protected readonly i18n = inject(TranslateService);
  /** Only a login that belongs to a person submits requests. */
  private readonly me = inject(SessionService).me;
  protected readonly canSubmit = computed(() => !!this.me()?.personId);

  protected readonly tabs: TabsSpec<InboxTab> = {
    tabs: INBOX_TABS,
    label: (tab) => `inbox.tab.${tab}`,
    testId: 'inbox',
  };
  protected readonly procedureLabel = procedureLabel;

  /** The tab comes from the address (`?tab=done`), so going back to the list returns to it. */
  protected readonly tab = signal<InboxTab>(tabFrom(this.address.get('tab')));

  protected readonly filters = new ListFilters({
    q: '',
    procedure: null as Procedure | null,
    orgId: null as string | null,
    overdueOnly: false,
    dueBefore: null as Date | null,
  });
  protected readonly pager = this.filters.pager;

  private readonly state = computed(() => ({
    ...this.filters.values(),
    tab: this.tab(),
    limit: this.pager.pageSize(),
    cursor: this.pager.cursor(),
  }));
  protected readonly filtered = computed(() => isFiltered(this.state()));
  /** The due filters only go with the tasks of 待办. */
  protected readonly fields = computed((): readonly FilterField[] => [
    { key: 'q', kind: 'search', label: 'inbox.searchPlaceholder', testId: 'inbox-search', width: '320px' },
    {
      key: 'procedure',
      kind: 'select',
      label: 'inbox.procedure',
      options: PROCEDURES,
      text: procedureLabel,
      testId: 'inbox-procedure',
      width: '150px',
    },
    { key: 'orgId', kind: 'org', label: 'inbox.org', testId: 'inbox-org', width: '240px' },
    ...(dueFiltersApply(this.tab())
      ? ([
          { key: 'overdueOnly', kind: 'check', label: 'inbox.overdueOnly', testId: 'inbox-overdue' },
          { key: 'dueBefore', kind: 'date', label: 'inbox.dueBefore', testId: 'inbox-due-before' },
        ] as const)
      : []),
  ]);
  /** The inbox's columns: when each task falls due only for tasks, my last action only for done ones. */
  protected readonly columns = computed((): readonly ListColumn[] => {
    const tab = this.tab();
    return [
      ...(tab === 'todo' ? [{ key: 'due', title: 'inbox.col.due', width: '150px' } as const] : []),
      { key: 'number', title: 'inbox.col.number', width: '150px', cellClass: 'bst-mono' },
      { key: 'title', title: 'inbox.col.title' },
      { key: 'procedure', title: 'inbox.col.procedure' },
      { key: 'org', title: 'inbox.col.org' },
      { key: 'submitter', title: 'inbox.col.submitter' },
      { key: 'stage', title: 'inbox.col.stage' },
      ...(tab === 'done' ? [{ key: 'myAction', title: 'inbox.col.myAction' } as const] : []),
      { key: 'status', title: 'inbox.col.status' },
      {
        key: 'when',
        title: tab === 'todo' ? 'inbox.col.received' : 'inbox.col.updated',
        width: '140px',
        cellClass: 'bst-muted',
      },
    ];
  });
  protected readonly emptyLabel = computed<MessageKey>(() =>
    this.filtered() ? 'inbox.noMatch' : `inbox.empty.${this.tab()}`,
  );

  protected readonly list = filteredList(
    this.filters,
    (filters, page) => inboxQuery({ ...filters, tab: this.tab(), ...page }),
    (query) => this.api.inbox(query),
  );
  /** The last counts stay on screen (under the spinner) while the next page loads, as the rows do. */
  protected readonly counts = linkedSignal<Load<InboxPage>, InboxPage['counts'] | null>({
    source: this.list.page,
    computation: (page, previous) => (page.state === 'ready' ? page.value.counts : (previous?.value ?? null)),
  });
  protected readonly spec: ListSpec<InboxRow> = {
    title: 'inbox.title',
    pager: this.pager,
    columns: this.columns,
    rowKey: (row) => row.requestId,
    empty: this.emptyLabel,
    testIds: {
      table: 'inbox-table',
      row: 'inbox-row',
      empty: 'inbox-empty',
      pager: 'inbox',
      footer: 'inbox-pager',
    },
  };

  protected selectTab(tab: InboxTab): void {
    this.pager.reset();
    this.tab.set(tab);
    this.address.keep({ tab });
  }

  protected lastAction(row: InboxRow): string {
    return row.myLastAction ? actionText(this.i18n, row.myLastAction.action) : '—';
  }
}
