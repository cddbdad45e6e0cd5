import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChildren, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { DateFieldComponent } from '../forms/date-field.component';
import { FormFieldComponent } from '../forms/form-field.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { OrgPickerComponent } from '../pickers/org-picker.component';
import { PersonPickerComponent } from '../pickers/person-picker.component';
import { type DraftField, type DraftLayout, type DraftOption, isDraftRow } from './draft-field';
import { DraftSlotDirective } from './draft-slot.directive';

/**
 * The fields of a form that keeps its own draft, laid out from their description (`DraftLayout`):
 * each under its label, marked when required, with the problem found with it (the console's own
 * or the service's) and its hint; an edit gives a new draft. Ids and test ids are
 * `<testId>-<field id>`, an option's `<testId>-<field id>-<option id>` (`<testId>-<option id>` in a
 * field without an id). Widgets of the page's own
 * come in as `<ng-template bstDraftSlot="key">`.
 */
@Component({
  selector: 'bst-draft-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormFieldComponent,
    FormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './draft-fields.component.html',
  styles: `
    :host {
      display: block;
    }
    /* A select is as wide as its column, not as its (perhaps missing) text. */
    nz-select {
      width: 100%;
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
  `,
})
export class DraftFieldsComponent<D extends object> {
  readonly layout = input.required<DraftLayout>();
  readonly draft = model.required<D>();
  readonly problems = input<Partial<Record<string, string>>>({});
  readonly testId = input.required<string>();
  readonly disabled = input(false);

  private readonly slots = contentChildren(DraftSlotDirective);
  protected readonly rows = computed(() =>
    this.layout().map((entry) =>
      isDraftRow(entry) ? { row: true, fields: entry.row } : { row: false, fields: [entry] },
    ),
  );
  protected readonly separators = ['，', ',', '、'];

  protected idOf(field: DraftField): string | null {
    return field.id ? `${this.testId()}-${field.id}` : null;
  }

  /** An option's test id follows its field's, or the form's where the field has none. */
  protected optionId(field: DraftField, option: DraftOption): string | null {
    return option.id ? `${this.idOf(field) ?? this.testId()}-${option.id}` : null;
  }

  protected valueOf(field: DraftField): unknown {
    return (this.draft() as Record<string, unknown>)[field.key];
  }

  protected dateOf(field: DraftField): Date | null {
    return (this.valueOf(field) as Date | null) ?? null;
  }

  /** A set of checkboxes keeps either the list of values ticked or a flag for each value. */
  protected ticked(field: DraftField, option: DraftOption): boolean {
    const value = this.valueOf(field);
    if (Array.isArray(value)) return value.includes(option.value);
    return Boolean((value as Record<string, boolean>)[String(option.value)]);
  }

  protected tick(field: DraftField, option: DraftOption, on: boolean): void {
    const value = this.valueOf(field);
    if (Array.isArray(value)) {
      const kept = value.filter((v) => v !== option.value);
      this.set(field, on ? [...kept, option.value] : kept);
    } else {
      this.set(field, { ...(value as object), [String(option.value)]: on });
    }
  }

  protected slot(field: DraftField) {
    return this.slots().find((slot) => slot.name() === field.key)?.template ?? null;
  }

  protected set(field: DraftField, value: unknown): void {
    this.draft.update((draft) => ({ ...draft, [field.key]: value }));
  }
}
