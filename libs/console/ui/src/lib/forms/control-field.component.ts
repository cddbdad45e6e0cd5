import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import type { OrgKind, OrgRef } from '@bastion/identity-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { OrgPickerComponent } from '../pickers/org-picker.component';
import { FormFieldComponent } from './form-field.component';

/**
 * What a control field holds: a line of text, a number, a password, a few lines, a day, one of a few
 * options (a select or radios), a yes-or-no, or an organisation from the tree.
 */
export type ControlFieldKind =
  'text' | 'number' | 'password' | 'textarea' | 'date' | 'select' | 'radio' | 'checkbox' | 'org';

/** One option of a select or of radios, its label already in the page's language. */
export interface FieldOption {
  value: unknown;
  label: string;
  disabled?: boolean;
}

/**
 * One field of a reactive form with its input: the label, the input bound to `control` (a day
 * as yyyy-MM-dd for `date`), and the control's problem under it. The field is marked required
 * when its control requires a value, unless `required` says otherwise. `fieldId` is the input's
 * id, which the label names; `testId` its test id. A checkbox carries its label itself.
 */
@Component({
  selector: 'bst-control-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    OrgPickerComponent,
    FormFieldComponent,
  ],
  templateUrl: './control-field.component.html',
  styles: ':host { display: block; }',
})
export class ControlFieldComponent {
  readonly label = input('');
  readonly fieldId = input<string | null>(null);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any control's value type fits.
  readonly control = input.required<FormControl<any>>();
  readonly kind = input<ControlFieldKind>('text');
  readonly required = input<boolean | null>(null);
  readonly testId = input<string | null>(null);
  readonly placeholder = input('');
  readonly autocomplete = input<string | null>(null);
  readonly rows = input(2);
  /** Text set in a monospaced font, where columns of dates or codes must line up. */
  readonly monospace = input(false);
  readonly options = input<readonly FieldOption[]>([]);
  /** An icon inside a line of text, before it. */
  readonly prefixIcon = input<string | null>(null);
  /** For an organisation: the kinds that may be picked, and the one the record names now. */
  readonly orgKinds = input<readonly OrgKind[] | null>(null);
  readonly currentOrg = input<OrgRef | null>(null);
  readonly extra = input<string | undefined>(undefined);
  readonly errorText = input<string | undefined>(undefined);

  protected readonly marked = computed(
    () => this.required() ?? this.control().hasValidator(Validators.required),
  );
}
