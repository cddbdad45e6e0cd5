import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { PersonSummary } from '@bastion/identity-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  canAnywhere,
  FilterSelectComponent,
  IdentityApi,
  LIST_PAGE_IMPORTS,
  ListControls,
  type ListSpec,
  OrgPickerComponent,
  pagedList,
  SearchBoxComponent,
  SessionService,
} from '@bastion/console-ui';
import { genderLabel, STATUS_FILTERS, type StatusFilter, statusColour, statusLabel } from './people-labels';
import { PersonFormComponent } from './person-form.component';

/** Finds people by name, phone, work unit or ID number, within an organisation and status. */
@Component({
  selector: 'bst-people-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE_IMPORTS,
    FormsModule,
    NzSelectModule,
    SearchBoxComponent,
    OrgPickerComponent,
    PersonFormComponent,
    FilterSelectComponent,
  ],
  templateUrl: './people-list.component.html',
  styleUrl: './people-list.component.css',
})
export class PeopleListComponent {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  protected readonly me = inject(SessionService).me;

  protected readonly statusFilters = STATUS_FILTERS;
  protected readonly statusLabel = statusLabel;
  protected readonly statusColour = statusColour;
  protected readonly genderLabel = genderLabel;

  protected readonly orgId = signal<string | null>(null);
  protected readonly status = signal<StatusFilter | null>(null);
  protected readonly sort = signal<'name' | 'created'>('name');
  protected readonly controls = new ListControls();
  protected readonly pager = this.controls.pager;

  protected readonly canCreate = computed(() => canAnywhere(this.me(), 'person.manage'));
  protected readonly creating = signal(false);

  protected readonly list = pagedList(
    this.pager,
    () => ({
      q: this.controls.q() || undefined,
      orgId: this.orgId() ?? undefined,
      status: this.status() ?? undefined,
      sort: this.sort(),
      limit: this.pager.pageSize(),
      cursor: this.pager.cursor() ?? undefined,
      reload: this.controls.reloads(),
    }),
    ({ reload: _reload, ...query }) => this.api.people(query),
  );
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

  protected created(id: string): void {
    this.creating.set(false);
    void this.router.navigate(['/people', id]);
  }
}
