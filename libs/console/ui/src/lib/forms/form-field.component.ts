import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { FieldErrorPipe } from './field-error.pipe';

/**
 * One field of a form: its label (marked when required) and, under the input it holds, the
 * problem with what was entered. In a reactive form give it the `control`: it shows the control's
 * problem (its validators', the contract's or the service's) once the field is touched. A form
 * that keeps its own draft gives the `problem` text instead.
 */
@Component({
  selector: 'bst-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzFormModule, FieldErrorPipe],
  template: `
    <nz-form-item>
      @if (label()) {
        <nz-form-label [nzRequired]="required()" [nzFor]="for()">{{ label() }}</nz-form-label>
      }
      <!-- One projection slot: content projected in two branches would be shown in neither. -->
      <nz-form-control
        [nzValidateStatus]="status()"
        [nzErrorTip]="errorText() ?? (control() ? (control()?.errors | fieldError) : problem())"
        [nzExtra]="extra()"
      >
        <ng-content />
      </nz-form-control>
    </nz-form-item>
  `,
  styles: ':host { display: block; }',
})
export class FormFieldComponent {
  readonly label = input('');
  readonly required = input(false);
  /** The id of the input the label names. */
  readonly for = input<string | undefined>(undefined);
  /** A reactive form's control of this field. */
  readonly control = input<AbstractControl | null>(null);
  /** What is wrong with the field, for a form that checks its own draft. */
  readonly problem = input<string | undefined>(undefined);
  /** The field's own words for any problem with it, in place of the validators'. */
  readonly errorText = input<string | undefined>(undefined);
  /** A hint under the input. */
  readonly extra = input<string | undefined>(undefined);

  /** A control shows its own state once touched; a draft's field shows its problem at once. */
  protected readonly status = computed(() => this.control() ?? (this.problem() ? 'error' : ''));

  constructor() {
    // The problem's text follows the control's errors, which change without any input changing.
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.control()?.events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription?.unsubscribe());
    });
  }
}
