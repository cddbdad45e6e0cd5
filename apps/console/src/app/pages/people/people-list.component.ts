import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonSummary } from '@bastion/identity-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  ActDialogComponent,
  type ActOn,
  canAnywhere,
  listByFilters,
  type FilterField,
  IdentityApi,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  pageContext,
} from '@bastion/console-ui';
import { genderLabel, STATUS_FILTERS, type StatusFilter, statusColour, statusLabel } from './people-labels';
import { createPerson } from './person-form-acts';

interface PeopleFilters {
  q: string;
  orgId: string | null;
  status: StatusFilter | null;
  sort: 'name' | 'created';
}
const NO_FILTERS: PeopleFilters = { q: '', orgId: null, status: null, sort: 'name' };

/** Finds people by name, phone, work unit or ID number, within an organisation and status. */
@Component({
  selector: 'bst-people-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS, FormsModule, NzSelectModule, ActDialogComponent],
  templateUrl: './people-list.component.html',
  styleUrl: './people-list.component.css',
})
export class PeopleListComponent {
  private readonly api = inject(IdentityApi);
  /** Creating a person: the dialog, and what it is done through. */
  protected readonly create: ActOn<{ api: IdentityApi }> = { act: createPerson, target: { api: this.api } };
  protected readonly page = pageContext();

  protected readonly statusLabel = statusLabel;
  protected readonly statusColour = statusColour;
  protected readonly genderLabel = genderLabel;

  /** The search and the filters narrow the list; the order does not, and clearing keeps it. */
  protected readonly filters = new ListFilters<PeopleFilters>(
    NO_FILTERS,
    NO_FILTERS,
    undefined,
    undefined,
    ({ q, orgId, status }) => !!(q || orgId || status),
  );
  protected readonly pager = this.filters.pager;
  protected readonly filterFields: readonly FilterField[] = [
    { key: 'q', kind: 'search', label: 'people.searchPlaceholder', testId: 'people-search', width: '340px' },
    { key: 'orgId', kind: 'org', label: 'people.orgFilter', testId: 'people-org-filter', width: '260px' },
    {
      key: 'status',
      kind: 'select',
      label: 'people.statusFilter',
      testId: 'people-status-filter',
      width: '180px',
      options: STATUS_FILTERS,
      text: statusLabel,
    },
    { key: 'sort', kind: 'slot' },
  ];

  protected readonly canCreate = computed(() => canAnywhere(this.page.me(), 'person.manage'));
  protected readonly creating = signal(false);

  protected readonly list = listByFilters(this.filters, (query) => this.api.people(query));
  protected readonly spec: ListSpec<PersonSummary> = {
    title: 'people.title',
    pager: this.pager,
    columns: [
      { key: 'name', title: 'people.col.name' },
      { key: 'gender', title: 'people.col.gender', width: '64px' },
      { key: 'idNumber', title: 'people.col.idNumber', cellClass: 'bst-mono' },
      { key: 'phone', title: 'people.col.phone', cellClass: 'bst-mono' },
      { key: 'workUnit', title: 'people.col.workUnit' },
      { key: 'org', title: 'people.col.org' },
      { key: 'status', title: 'people.col.status' },
    ],
    rowKey: (person) => person.id,
    empty: () => 'people.empty',
    testIds: {
      table: 'people-table',
      row: 'person-row',
      empty: 'people-empty',
      pager: 'people',
      footer: 'people-pager',
    },
  };

  protected created(id: unknown): void {
    this.creating.set(false);
    void this.page.router.navigate(['/people', id]);
  }
}
