import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { TranslatePipe } from '../i18n/translate.pipe';
import { templatesByName } from '../slots/templates-by-name';
import { OrgPickerComponent } from '../pickers/org-picker.component';
import { PersonPickerComponent } from '../pickers/person-picker.component';
import type { FilterField, FilterSource, FilterValues } from './filter-field';
import { FilterBarComponent } from './filter-bar.component';
import { FilterSlotDirective } from './filter-slot.directive';
import { FilterSelectComponent } from './filter-select.component';
import { SearchBoxComponent } from './search-box.component';

/**
 * A list's filter bar laid out from its `FilterField`s: each filter shows what the page's
 * `filters` hold for it, and a change applies the filters it sets (a window of days sets both
 * its ends at once). A person filter holds the person's id. The clear and reload buttons are the
 * filter bar's, with its test ids.
 */
@Component({
  selector: 'bst-filter-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzDatePickerModule,
    FilterBarComponent,
    FilterSelectComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    SearchBoxComponent,
    TranslatePipe,
  ],
  template: `
    <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- ng-zorro's checkboxes render their input inside the label. -->
    <bst-filter-bar
      [filtered]="source().filtered?.() ?? false"
      [testId]="testId()"
      (cleared)="source().clear?.()"
      (reloaded)="source().reload()"
    >
      @for (field of fields(); track field.key) {
        @let value = byKey()[field.key];
        @let placeholder = field.label ? (field.label | t) : '';
        @switch (field.kind) {
          @case ('search') {
            <bst-search-box
              [style.width]="field.width"
              [placeholder]="placeholder"
              [value]="$any(value) ?? ''"
              (searched)="set(field.key, $event)"
              [testId]="field.testId ?? 'search'"
            />
          }
          @case ('select') {
            <bst-filter-select
              [style.width]="field.width"
              [placeholder]="placeholder"
              [options]="field.options ?? []"
              [text]="$any(field.text)"
              [value]="value"
              (picked)="set(field.key, $event)"
              [testId]="field.testId ?? null"
            />
          }
          @case ('org') {
            <bst-org-picker
              [style.width]="field.width"
              [placeholder]="placeholder"
              [ngModel]="value ?? null"
              (ngModelChange)="set(field.key, $event)"
              [testId]="field.testId ?? 'org-picker'"
            />
          }
          @case ('person') {
            <bst-person-picker
              [style.width]="field.width"
              [max]="1"
              [placeholder]="placeholder"
              [ngModel]="picked()[field.key] ?? none"
              (ngModelChange)="pickPerson(field.key, $event)"
              [testId]="field.testId ?? 'person-picker'"
            />
          }
          @case ('date') {
            <nz-date-picker
              [nzPlaceHolder]="placeholder"
              [ngModel]="value ?? null"
              (ngModelChange)="set(field.key, $event)"
              [attr.data-testid]="field.testId"
            />
          }
          @case ('range') {
            <nz-range-picker
              [nzPlaceHolder]="[placeholder, field.to ? (field.to.label | t) : '']"
              [ngModel]="windows()[field.key] ?? none"
              (ngModelChange)="pickWindow(field, $event)"
              [attr.data-testid]="field.testId"
            />
          }
          @case ('check') {
            <label
              nz-checkbox
              [ngModel]="!!value"
              (ngModelChange)="set(field.key, $event)"
              [attr.data-testid]="field.testId"
            >
              {{ placeholder }}
            </label>
          }
          @case ('slot') {
            <ng-container [ngTemplateOutlet]="slot(field.key)" />
          }
        }
      }
    </bst-filter-bar>
  `,
  styles: ':host { display: block; }',
})
export class FilterFieldsComponent {
  readonly fields = input.required<readonly FilterField[]>();
  /** The page's filters; while they narrow the list (and can be cleared), the bar offers to clear them. */
  readonly filters = input<FilterSource | null>(null);
  /** Without `filters`: the filters by key, whether they narrow the list, and outputs for what is done. */
  readonly values = input<object>({});
  readonly filtered = input(false);
  readonly testId = input('filters');
  readonly changed = output<FilterValues>();
  readonly cleared = output();
  readonly reloaded = output();

  /** The page's filters, or the inputs and outputs standing in for them. */
  protected readonly source = computed(
    (): FilterSource =>
      this.filters() ?? {
        values: this.values,
        filtered: this.filtered,
        apply: (changed) => this.changed.emit(changed),
        clear: () => this.cleared.emit(),
        reload: () => this.reloaded.emit(),
      },
  );

  protected readonly byKey = computed(() => this.source().values() as FilterValues);
  private readonly slotTemplates = contentChildren(FilterSlotDirective);
  protected readonly slot = templatesByName(this.slotTemplates, (slot) => slot.key());
  /** The people picked, to name them in their pickers; the values hold only their ids. */
  private readonly people = signal<Readonly<Record<string, PersonRef[]>>>({});
  /**
   * What each picker of people and of days holds, the same array while the filters stay the
   * same: a new one on every check would set the picker again, and again.
   */
  protected readonly none: never[] = [];
  protected readonly picked = computed(() => {
    const values = this.byKey();
    return Object.fromEntries(
      Object.entries(this.people()).filter(
        ([key, people]) => !!values[key] && people[0]?.personId === values[key],
      ),
    ) as Readonly<Record<string, PersonRef[] | undefined>>;
  });
  protected readonly windows = computed(() => {
    const values = this.byKey();
    const windows: Record<string, Date[] | undefined> = {};
    for (const field of this.fields()) {
      const from = values[field.key];
      const to = field.to ? values[field.to.key] : null;
      if (field.kind === 'range' && from instanceof Date && to instanceof Date)
        windows[field.key] = [from, to];
    }
    return windows;
  });

  protected set(key: string, value: unknown): void {
    this.source().apply({ [key]: value });
  }

  protected pickPerson(key: string, people: PersonRef[]): void {
    this.people.update((all) => ({ ...all, [key]: people }));
    this.set(key, people[0]?.personId ?? null);
  }

  protected pickWindow(field: FilterField, window: Date[] | null): void {
    this.source().apply({
      [field.key]: window?.[0] ?? null,
      ...(field.to ? { [field.to.key]: window?.[1] ?? null } : {}),
    });
  }
}
