import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormControl, FormGroup } from '@angular/forms';
import type { OrgKind, OrgRef } from '@bastion/identity-contracts';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ControlFieldComponent, type ControlFieldKind, type FieldOption } from './control-field.component';

/**
 * One field of a form declared as data: the control's `name` in the group, its label's key,
 * what kind of input it is, and what that input needs. A hint, a placeholder and the options
 * are given in the page's language; a page whose fields follow the values (a field shown for
 * one kind only) or the language declares them in a `computed`.
 */
export interface FieldSpec {
  name: string;
  label: MessageKey;
  kind?: ControlFieldKind;
  /** The input's id, which the label names. */
  id?: string;
  testId?: string;
  /** Whether the field is marked required; by default, when its control requires a value. */
  required?: boolean;
  options?: readonly FieldOption[];
  hint?: string;
  placeholder?: string;
  autocomplete?: string;
  rows?: number;
  monospace?: boolean;
  orgKinds?: readonly OrgKind[] | null;
  currentOrg?: OrgRef | null;
}

/**
 * The fields of a reactive form, one after the other, from their declaration: every form of
 * the console lays out, labels, marks and explains its fields the same way. Fields of a kind
 * of their own go around this with `bst-field`.
 */
@Component({
  selector: 'bst-form-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ControlFieldComponent, TranslatePipe],
  template: `
    @for (field of fields(); track field.name) {
      <bst-control-field
        [label]="field.label | t"
        [fieldId]="field.id ?? null"
        [kind]="field.kind ?? 'text'"
        [control]="control(field.name)"
        [required]="field.required ?? null"
        [testId]="field.testId ?? null"
        [options]="field.options ?? []"
        [extra]="field.hint"
        [placeholder]="field.placeholder ?? ''"
        [autocomplete]="field.autocomplete ?? null"
        [rows]="field.rows ?? 2"
        [monospace]="!!field.monospace"
        [orgKinds]="field.orgKinds ?? null"
        [currentOrg]="field.currentOrg ?? null"
      />
    }
  `,
  styles: ':host { display: block; }',
})
export class FormFieldsComponent {
  readonly group = input.required<FormGroup>();
  readonly fields = input.required<readonly FieldSpec[]>();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any control's value type fits.
  protected control(name: string): FormControl<any> {
    return this.group().controls[name] as FormControl;
  }
}
