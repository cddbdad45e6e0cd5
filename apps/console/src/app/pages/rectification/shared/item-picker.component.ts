import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ItemRow } from '@bastion/rectification-contracts';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { map, type Observable } from 'rxjs';
import { pickerControl, RectificationApi, TranslatePipe } from '@bastion/console-ui';
import { type PickerOption, SEARCH_PICKER_TEMPLATE, SearchPicker } from './search-picker';

/**
 * Picks rectification items, searched by number or problem among those the user may see — for
 * linking the same problem found by several sources. The value is the list of item ids; `exclude`
 * keeps the item being linked from among the options.
 */
@Component({
  selector: 'bst-item-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzSelectModule, TranslatePipe],
  providers: [pickerControl(() => ItemPickerComponent)],
  template: SEARCH_PICKER_TEMPLATE,
  styles: ':host { display: block; } nz-select { width: 100%; }',
})
export class ItemPickerComponent extends SearchPicker<string[]> {
  private readonly api = inject(RectificationApi);

  readonly exclude = input<readonly string[]>([]);
  readonly testId = input('item-picker');
  protected readonly multiple = true;
  protected readonly nothing: string[] = [];
  protected readonly defaultPlaceholder = 'rect.field.linkSearch';

  protected readonly value = signal<string[]>([]);

  constructor() {
    super();
    this.listen();
  }

  protected search(q: string | undefined): Observable<PickerOption[]> {
    return this.api
      .items({ q, limit: 20, sort: 'number' })
      .pipe(map((page) => page.items.filter((row) => !this.exclude().includes(row.id)).map(toOption)));
  }

  writeValue(value: string[] | null): void {
    this.value.set(value ?? []);
  }
}

function toOption(row: ItemRow): PickerOption {
  return { id: row.id, label: `${row.number} ${row.problem.slice(0, 40)}` };
}
