import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { PersonSummary } from '@bastion/identity-contracts';
import type { Page } from '@bastion/shared-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { switchMap, tap } from 'rxjs';
import {
  canAnywhere,
  CursorPager,
  ErrorAlertComponent,
  IdentityApi,
  type Load,
  LOADING,
  OrgPickerComponent,
  PagerBarComponent,
  SearchBoxComponent,
  SessionService,
  toLoad,
  TranslatePipe,
} from '@bastion/console-ui';
import { genderLabel, STATUS_FILTERS, type StatusFilter, statusColour, statusLabel } from './people-labels';
import { PersonFormComponent } from './person-form.component';

/** Finds people by name, phone, work unit or ID number, within an organisation and status. */
@Component({
  selector: 'bst-people-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PagerBarComponent,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorAlertComponent,
    SearchBoxComponent,
    OrgPickerComponent,
    PersonFormComponent,
    TranslatePipe,
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

  /** The search in force; the box applies what is typed on Enter or its button. */
  protected readonly q = signal('');
  protected readonly orgId = signal<string | null>(null);
  protected readonly status = signal<StatusFilter | null>(null);
  protected readonly sort = signal<'name' | 'created'>('name');
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  protected readonly canCreate = computed(() => canAnywhere(this.me(), 'person.manage'));
  protected readonly creating = signal(false);

  private readonly query = computed(() => ({
    q: this.q() || undefined,
    orgId: this.orgId() ?? undefined,
    status: this.status() ?? undefined,
    sort: this.sort(),
    limit: this.pager.pageSize(),
    cursor: this.pager.cursor() ?? undefined,
    reload: this.reloads(),
  }));

  protected readonly page = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ reload: _reload, ...query }) => this.api.people(query).pipe(toLoad())),
      tap((load) => load.state === 'ready' && this.pager.loaded(load.value)),
    ),
    { initialValue: LOADING as Load<Page<PersonSummary>> },
  );
  /** The last rows that arrived stay on screen (under the spinner) while the next page loads. */
  protected readonly rows = linkedSignal<Load<Page<PersonSummary>>, readonly PersonSummary[]>({
    source: this.page,
    computation: (page, previous) =>
      page.state === 'ready' ? page.value.items : page.state === 'failed' ? [] : (previous?.value ?? []),
  });
  protected readonly total = linkedSignal<Load<Page<PersonSummary>>, number | null>({
    source: this.page,
    computation: (page, previous) => (page.state === 'ready' ? page.value.total : (previous?.value ?? null)),
  });

  protected search(q: string): void {
    this.pager.reset();
    this.q.set(q);
  }

  protected filterOrg(orgId: string | null): void {
    this.pager.reset();
    this.orgId.set(orgId);
  }

  protected filterStatus(status: StatusFilter | null): void {
    this.pager.reset();
    this.status.set(status);
  }

  protected sortBy(sort: 'name' | 'created'): void {
    this.pager.reset();
    this.sort.set(sort);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected created(id: string): void {
    this.creating.set(false);
    void this.router.navigate(['/people', id]);
  }
}
