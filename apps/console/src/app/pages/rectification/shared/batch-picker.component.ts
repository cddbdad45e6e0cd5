import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import type { BatchRow } from '@bastion/rectification-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, debounceTime, of, startWith, Subject, switchMap } from 'rxjs';
import { RectificationApi } from '../../../core/api/rectification-api.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

interface Option {
  id: string;
  label: string;
}

/**
 * Picks one finding batch, searched by title or number among those the user may see. The value
 * is the batch id; a batch chosen before the list is loaded (from the address) is named by
 * fetching it.
 */
@Component({
  selector: 'bst-batch-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => BatchPickerComponent), multi: true },
  ],
  template: `
    <nz-select
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzPlaceHolder]="placeholder() || ('rect.filter.batch' | t)"
      [nzLoading]="searching()"
      [nzDisabled]="disabled()"
      [ngModel]="value()"
      (ngModelChange)="pick($event)"
      (nzOnSearch)="queries.next($event)"
      [attr.data-testid]="testId()"
    >
      @for (option of options(); track option.id) {
        <nz-option [nzValue]="option.id" [nzLabel]="option.label" />
      }
    </nz-select>
  `,
  styles: ':host { display: block; } nz-select { width: 100%; }',
})
export class BatchPickerComponent implements ControlValueAccessor {
  private readonly api = inject(RectificationApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly placeholder = input('');
  readonly testId = input('batch-picker');

  protected readonly value = signal<string | null>(null);
  protected readonly options = signal<Option[]>([]);
  protected readonly searching = signal(false);
  protected readonly disabled = signal(false);
  protected readonly queries = new Subject<string>();
  private onChange: (value: string | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    this.queries
      .pipe(
        debounceTime(250),
        startWith(''),
        switchMap((q) => {
          this.searching.set(true);
          return this.api
            .batches({ q: q.trim() || undefined, limit: 20 })
            .pipe(catchError(() => of({ items: [] })));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => {
        this.searching.set(false);
        this.options.set(this.withChosen(page.items.map(toOption)));
      });
  }

  writeValue(value: string | null): void {
    this.value.set(value ?? null);
    if (value && !this.options().some((o) => o.id === value)) {
      this.api
        .batch(value)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (view) => this.options.update((list) => [toOption(view.row), ...list]),
          error: () => undefined,
        });
    }
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected pick(value: string | null): void {
    this.value.set(value ?? null);
    this.onChange(value ?? null);
    this.onTouched();
  }

  /** A new search keeps the chosen batch among the options, so the field still names it. */
  private withChosen(found: Option[]): Option[] {
    const chosen = this.options().find((o) => o.id === this.value());
    return chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
  }
}

function toOption(row: BatchRow): Option {
  return { id: row.id, label: `${row.number} ${row.title}` };
}
