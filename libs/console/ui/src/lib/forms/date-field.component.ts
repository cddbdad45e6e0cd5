import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { FormFieldComponent } from './form-field.component';

/**
 * A date of a form that keeps its own draft: its label, the picker (days as yyyy-MM-dd) and the
 * problem with it. `fieldId` is the picker's id (the label names it) and its test id, unless a
 * `testId` of its own is given.
 */
@Component({
  selector: 'bst-date-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzDatePickerModule, FormFieldComponent],
  template: `
    <bst-field [label]="label()" [required]="required()" [for]="fieldId() ?? undefined" [problem]="problem()">
      <nz-date-picker
        [nzId]="fieldId()"
        nzFormat="yyyy-MM-dd"
        [nzDisabled]="disabled()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
        [attr.data-testid]="testId() ?? fieldId()"
      />
    </bst-field>
  `,
  styles: ':host { display: block; }',
})
export class DateFieldComponent {
  readonly label = input.required<string>();
  readonly fieldId = input<string | null>(null);
  readonly testId = input<string | null>(null);
  readonly value = input.required<Date | null>();
  readonly required = input(false);
  readonly disabled = input(false);
  readonly problem = input<string | undefined>(undefined);
  readonly valueChange = output<Date | null>();
}
