import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { BatchRow } from '@bastion/rectification-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { map, type Observable } from 'rxjs';
import { pickerControl, RectificationApi, TranslatePipe } from '@bastion/console-ui';
import { type PickerOption, SEARCH_PICKER_TEMPLATE, SearchPicker } from './search-picker';

/**
 * Picks one finding batch, searched by title or number among those the user may see. The value
 * is the batch id; a batch chosen before the list is loaded (from the address) is named by
 * fetching it.
 */
@Component({
  selector: 'bst-batch-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  providers: [pickerControl(() => BatchPickerComponent)],
  template: SEARCH_PICKER_TEMPLATE,
  styles: ':host { display: block; } nz-select { width: 100%; }',
})
export class BatchPickerComponent extends SearchPicker<string | null> {
  private readonly api = inject(RectificationApi);

  readonly testId = input('batch-picker');
  protected readonly multiple = false;
  protected readonly nothing = null;
  protected readonly defaultPlaceholder = 'rect.filter.batch';

  protected readonly value = signal<string | null>(null);

  constructor() {
    super();
    this.listen();
  }

  protected search(q: string | undefined): Observable<PickerOption[]> {
    return this.api.batches({ q, limit: 20 }).pipe(map((page) => page.items.map(toOption)));
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
}

function toOption(row: BatchRow): PickerOption {
  return { id: row.id, label: `${row.number} ${row.title}` };
}
