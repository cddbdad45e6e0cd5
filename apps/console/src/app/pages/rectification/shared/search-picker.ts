import { DestroyRef, Directive, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type MessageKey, PickerControl } from '@bastion/console-ui';
import { catchError, debounceTime, type Observable, of, startWith, Subject, switchMap } from 'rxjs';

export interface PickerOption {
  id: string;
  label: string;
}

/**
 * The field of every picker of records: one record, clearable, or several; searched on the server
 * as one types. The pickers share it as their template.
 */
export const SEARCH_PICKER_TEMPLATE = `
  <nz-select
    [nzMode]="multiple ? 'multiple' : 'default'"
    nzShowSearch
    nzServerSearch
    [nzAllowClear]="!multiple"
    [nzPlaceHolder]="placeholder() || (defaultPlaceholder | t)"
    [nzLoading]="searching()"
    [nzDisabled]="disabled()"
    [ngModel]="value()"
    (ngModelChange)="pick($event ?? nothing)"
    (nzOnSearch)="queries.next($event)"
    [attr.data-testid]="testId()"
  >
    @for (option of options(); track option.id) {
      <nz-option [nzValue]="option.id" [nzLabel]="option.label" />
    }
  </nz-select>
`;

/**
 * What a picker of records searched on the server shares: its field (`SEARCH_PICKER_TEMPLATE`),
 * the typed query, debounced; the options found, which keep the chosen records so the field
 * still names them; the form control plumbing is the kit's `PickerControl`. `V` is one id or a
 * list of ids.
 */
@Directive()
export abstract class SearchPicker<V extends string | null | string[]> extends PickerControl<V> {
  readonly placeholder = input('');
  protected readonly destroyRef = inject(DestroyRef);
  /** Whether the field takes several records, and what it holds when none is picked. */
  protected abstract readonly multiple: boolean;
  protected abstract readonly nothing: V;
  /** What the field says while empty, unless the page gives a placeholder. */
  protected abstract readonly defaultPlaceholder: MessageKey;
  abstract readonly testId: () => string;
  protected readonly options = signal<PickerOption[]>([]);
  protected readonly searching = signal(false);
  protected readonly queries = new Subject<string>();

  /** The options matching a query (an empty query: the first ones). */
  protected abstract search(query: string | undefined): Observable<PickerOption[]>;

  /** Starts listening to the search box; call once from the subclass's constructor. */
  protected listen(): void {
    this.queries
      .pipe(
        debounceTime(250),
        startWith(''),
        switchMap((q) => {
          this.searching.set(true);
          return this.search(q.trim() || undefined).pipe(catchError(() => of([])));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((found) => {
        this.searching.set(false);
        const chosen = this.options().filter((o) => this.chosen(o.id) && !found.some((f) => f.id === o.id));
        this.options.set([...chosen, ...found]);
      });
  }

  private chosen(id: string): boolean {
    const value = this.value();
    return Array.isArray(value) ? value.includes(id) : value === id;
  }
}
