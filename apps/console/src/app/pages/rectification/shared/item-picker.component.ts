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
import type { ItemRow } from '@bastion/rectification-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, debounceTime, of, startWith, Subject, switchMap } from 'rxjs';
import { RectificationApi } from '../../../core/api/rectification-api.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

interface Option {
  id: string;
  label: string;
}

/**
 * Picks rectification items, searched by number or problem among those the user may see — for
 * linking the same problem found by several sources. The value is the list of item ids; `exclude`
 * keeps the item being linked from among the options.
 */
@Component({
  selector: 'bst-item-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ItemPickerComponent), multi: true },
  ],
  template: `
    <nz-select
      nzMode="multiple"
      nzShowSearch
      nzServerSearch
      [nzPlaceHolder]="'rect.field.linkSearch' | t"
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
export class ItemPickerComponent implements ControlValueAccessor {
  private readonly api = inject(RectificationApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly exclude = input<readonly string[]>([]);
  readonly testId = input('item-picker');

  protected readonly value = signal<string[]>([]);
  protected readonly options = signal<Option[]>([]);
  protected readonly searching = signal(false);
  protected readonly disabled = signal(false);
  protected readonly queries = new Subject<string>();
  private onChange: (value: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    this.queries
      .pipe(
        debounceTime(250),
        startWith(''),
        switchMap((q) => {
          this.searching.set(true);
          return this.api
            .items({ q: q.trim() || undefined, limit: 20, sort: 'number' })
            .pipe(catchError(() => of({ items: [] as ItemRow[] })));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => {
        this.searching.set(false);
        const found = page.items.filter((row) => !this.exclude().includes(row.id)).map(toOption);
        // The chosen items stay among the options, so the field still names them.
        const chosen = this.options().filter(
          (o) => this.value().includes(o.id) && !found.some((f) => f.id === o.id),
        );
        this.options.set([...chosen, ...found]);
      });
  }

  writeValue(value: string[] | null): void {
    this.value.set(value ?? []);
  }

  registerOnChange(fn: (value: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected pick(value: string[] | null): void {
    this.value.set(value ?? []);
    this.onChange(value ?? []);
    this.onTouched();
  }
}

function toOption(row: ItemRow): Option {
  return { id: row.id, label: `${row.number} ${row.problem.slice(0, 40)}` };
}
