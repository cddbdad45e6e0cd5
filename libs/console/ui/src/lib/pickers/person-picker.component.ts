import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import type { PersonSummary } from '@bastion/identity-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, debounceTime, of, Subject, switchMap } from 'rxjs';
import { ApiError } from '../api/api-error';
import { IdentityApi, type PersonQuery } from '../api/identity-api.service';
import { canAnywhere } from '../auth/permissions';
import { SessionService } from '../auth/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { PickerControl, pickerControl } from './picker-control';

interface Option {
  ref: PersonRef;
  /** Where the person belongs, to tell namesakes apart. */
  org: string | null;
}

/**
 * Picks people by name from the identity service's directory. Users who may not read the
 * directory (ordinary members) can still pick from `suggestions` — typically the people already
 * on the request — and are told why the search finds nobody else. The value is a list of person
 * references; with `max` 1 the field takes a single person.
 */
@Component({
  selector: 'bst-person-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  providers: [pickerControl(() => PersonPickerComponent)],
  template: `
    <nz-select
      [nzMode]="max() === 1 ? 'default' : 'multiple'"
      [nzMaxMultipleCount]="max()"
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzPlaceHolder]="placeholder() || ('person.pick' | t)"
      [nzDisabled]="disabled()"
      [nzLoading]="searching()"
      [nzNotFoundContent]="(forbidden() ? 'person.pickForbidden' : 'common.empty') | t"
      [ngModel]="max() === 1 ? (selectedIds().at(0) ?? null) : selectedIds()"
      (ngModelChange)="picked($event)"
      (nzOnSearch)="search($event)"
      (nzOpenChange)="$event && opened()"
      [attr.data-testid]="testId()"
    >
      @for (option of options(); track option.ref.personId) {
        <nz-option [nzValue]="option.ref.personId" [nzLabel]="option.ref.name" nzCustomContent>
          <span [attr.data-testid]="'person-option'">{{ option.ref.name }}</span>
          @if (option.org) {
            <span class="org">{{ option.org }}</span>
          }
        </nz-option>
      }
    </nz-select>
    @if (note()) {
      <div class="bst-muted hint" [attr.data-testid]="testId() + '-hint'">{{ note() }}</div>
    }
    @if (forbidden()) {
      <div class="bst-muted hint" data-testid="person-picker-forbidden">{{ 'person.pickForbidden' | t }}</div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    nz-select {
      width: 100%;
    }
    .org {
      margin-left: 8px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .hint {
      margin-top: 4px;
      font-size: 12px;
    }
  `,
})
export class PersonPickerComponent extends PickerControl<PersonRef[]> {
  private readonly api = inject(IdentityApi);
  private readonly me = inject(SessionService).me;

  readonly placeholder = input('');
  /** At most this many people; 1 makes a single-person field. */
  readonly max = input(20);
  /** People offered before (and besides) any search, e.g. those already on the request. */
  readonly suggestions = input<readonly PersonRef[]>([]);
  /** People never offered, e.g. the user themself for a transfer. */
  readonly exclude = input<readonly string[]>([]);
  /** Only people of this membership, e.g. full members where a step names full members. */
  readonly membership = input<PersonQuery['status'] | null>(null);
  /** A line under the picker: what is checked of the people picked, say. */
  readonly note = input('');
  readonly testId = input('person-picker');

  protected readonly value = signal<PersonRef[]>([]);
  protected readonly selectedIds = computed(() => this.value().map((p) => p.personId));
  protected readonly searching = signal(false);
  /** The directory answers those without `person.read` with nobody (or a 403): no point searching. */
  private readonly refused = signal(false);
  protected readonly forbidden = computed(() => this.refused() || !canAnywhere(this.me(), 'person.read'));
  private readonly found = signal<readonly PersonSummary[]>([]);
  private readonly queries = new Subject<string>();
  private searchedOnce = false;

  protected readonly options = computed<Option[]>(() => {
    const options = new Map<string, Option>();
    const excluded = new Set(this.exclude());
    const add = (option: Option) => {
      if (!excluded.has(option.ref.personId) && !options.has(option.ref.personId)) {
        options.set(option.ref.personId, option);
      }
    };
    for (const ref of this.value()) add({ ref, org: null });
    for (const p of this.found()) add({ ref: { personId: p.id, name: p.name }, org: p.org.name });
    for (const ref of this.suggestions()) add({ ref, org: null });
    return [...options.values()];
  });

  constructor() {
    super();
    this.queries
      .pipe(
        debounceTime(250),
        switchMap((q) => {
          this.searching.set(true);
          return this.api
            .people({ q: q || undefined, status: this.membership() ?? undefined, limit: 20 })
            .pipe(
              catchError((error: unknown) => {
                const status = ApiError.from(error).status;
                if (status === 403) this.refused.set(true);
                return of({ items: [] as PersonSummary[] });
              }),
            );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => {
        this.searching.set(false);
        this.found.set(page.items);
      });
  }

  writeValue(value: PersonRef[] | null): void {
    this.value.set(value ?? []);
  }

  protected opened(): void {
    if (this.searchedOnce || this.forbidden()) return;
    this.searchedOnce = true;
    this.queries.next('');
  }

  protected search(q: string): void {
    if (this.forbidden()) return;
    this.searchedOnce = true;
    this.queries.next(q.trim());
  }

  /** The field names people by id; the form holds their references. */
  protected picked(value: string | string[] | null): void {
    const ids = value === null ? [] : Array.isArray(value) ? value : [value];
    const known = new Map(this.options().map((o) => [o.ref.personId, o.ref]));
    this.pick(ids.map((id) => known.get(id)).filter((p): p is PersonRef => !!p));
  }
}
