import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  DestroyRef,
  effect,
  inject,
  input,
  model,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, type FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { AttachmentUploadComponent, type StoreFile } from '../files/attachment-upload.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslateService } from '../i18n/translate.service';
import { templatesByName } from '../slots/templates-by-name';
import { OrgPickerComponent } from '../pickers/org-picker.component';
import { PersonPickerComponent } from '../pickers/person-picker.component';
import { type FieldLayout, type FieldOption, type FieldSpec, type FieldText, isFieldRow } from './field-spec';
import { FieldSlotDirective } from './field-slot.directive';
import { FormFieldComponent } from './form-field.component';

/** A draft's notes go into the record's history, which keeps this many characters of each. */
const DRAFT_NOTE_LIMIT = 2000;

/**
 * The fields of a form laid out from their description (`FieldLayout`), each under its label,
 * marked when required, with its hint and the problem found with it — the same for every form
 * of the console. The values live either in a reactive form's `group` (each field edits the
 * control its key names and shows that control's problem once touched) or in a `draft` kept in a
 * signal (an edit gives a new draft; the problems come in as `problems`, the console's own or the
 * service's). Ids are `<testId>-<field id>` (the field's id alone in a form without a test id),
 * test ids the field's own or else its id, an option's `<field's test id>-<option id>`
 * (`<testId>-<option id>` in a field without one). Widgets of the page's own come in as
 * `<ng-template bstFieldSlot="key">`.
 */
@Component({
  selector: 'bst-form-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AttachmentUploadComponent,
    FormFieldComponent,
    FormsModule,
    ReactiveFormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzDatePickerModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    NzSwitchModule,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './form-fields.component.html',
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
export class FormFieldsComponent<D extends object = object> {
  readonly layout = input.required<FieldLayout>();
  /** A reactive form's group, which holds the values. */
  readonly group = input<FormGroup | null>(null);
  /** A form's own draft, which holds the values where there is no group. */
  readonly draft = model<D>({} as D);
  readonly problems = input<Partial<Record<string, string>>>({});
  readonly testId = input<string | null>(null);
  /** A draft's fields while it cannot be edited (a group's controls say so themselves). */
  readonly disabled = input(false);
  /** Where the form's files are stored; approvals attachments where none is given. */
  readonly store = input<StoreFile | null>(null);

  private readonly i18n = inject(TranslateService);
  private readonly destroyed = inject(DestroyRef);
  private readonly slots = contentChildren(FieldSlotDirective);
  protected readonly slot = templatesByName(this.slots, (slot) => slot.name());
  /** A draft's fields edit controls of their own, which follow the draft and change it. */
  private readonly own = new Map<string, FormControl>();
  protected readonly rows = computed(() =>
    this.layout()
      .map((entry) =>
        isFieldRow(entry) ? { row: true, fields: entry.row } : { row: false, fields: [entry] },
      )
      .map((group) => ({ ...group, key: group.fields.map((field) => field.key).join('+') })),
  );
  protected readonly separators = ['，', ',', '、'];

  constructor() {
    effect(() => {
      const draft = this.draft() as Record<string, unknown>;
      const disabled = this.disabled();
      untracked(() => {
        for (const [key, control] of this.own) {
          if (control.value !== draft[key]) control.setValue(draft[key], { emitEvent: false });
          if (control.disabled !== disabled) {
            if (disabled) control.disable({ emitEvent: false });
            else control.enable({ emitEvent: false });
          }
        }
      });
    });
  }

  protected control(field: FieldSpec): FormControl {
    const group = this.group();
    if (group) return group.get(field.key) as FormControl;
    let control = this.own.get(field.key);
    if (!control) {
      const value = (this.draft() as Record<string, unknown>)[field.key];
      control = new FormControl({ value, disabled: this.disabled() });
      control.valueChanges
        .pipe(takeUntilDestroyed(this.destroyed))
        .subscribe((next) => this.draft.update((draft) => ({ ...draft, [field.key]: next })));
      this.own.set(field.key, control);
    }
    return control;
  }

  protected idOf(field: FieldSpec): string | null {
    if (!field.id) return null;
    const form = this.testId();
    return form ? `${form}-${field.id}` : field.id;
  }

  /** An option's test id follows its field's, or the form's where the field has none. */
  protected optionId(field: FieldSpec, option: FieldOption): string | null {
    return option.id ? `${field.testId ?? this.idOf(field) ?? this.testId()}-${option.id}` : null;
  }

  /** Marked required as the field says, or else when its control requires a value. */
  protected marked(field: FieldSpec): boolean {
    return field.required ?? (this.group() ? this.control(field).hasValidator(Validators.required) : false);
  }

  protected limit(field: FieldSpec): number | null {
    return field.maxlength ?? (this.group() ? null : DRAFT_NOTE_LIMIT);
  }

  protected words(text: FieldText | undefined): string | undefined {
    if (text === undefined) return undefined;
    if (typeof text === 'string') return this.i18n.t(text);
    return 'text' in text ? text.text : this.i18n.t(text.key, text.params);
  }

  /** A set of checkboxes keeps either the list of values ticked or a flag for each value. */
  protected ticked(control: FormControl, option: FieldOption): boolean {
    const value: unknown = control.value;
    if (Array.isArray(value)) return value.includes(option.value);
    return Boolean((value as Record<string, boolean> | null)?.[String(option.value)]);
  }

  protected tick(control: FormControl, option: FieldOption, on: boolean): void {
    const value: unknown = control.value;
    if (Array.isArray(value)) {
      const kept = value.filter((v) => v !== option.value);
      control.setValue(on ? [...kept, option.value] : kept);
    } else {
      control.setValue({ ...(value as object), [String(option.value)]: on });
    }
    control.markAsDirty();
  }
}
