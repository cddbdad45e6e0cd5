import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzFormModule } from 'ng-zorro-antd/form';

/**
 * One field of an action form: its label (marked when required) and, under the input it holds,
 * the problem with what was entered — the console's own check or the service's.
 */
@Component({
  selector: 'bst-draft-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzFormModule],
  template: `
    <nz-form-item>
      @if (label()) {
        <nz-form-label [nzRequired]="required()" [nzFor]="for()">{{ label() }}</nz-form-label>
      }
      <nz-form-control [nzValidateStatus]="problem() ? 'error' : ''" [nzErrorTip]="problem()">
        <ng-content />
      </nz-form-control>
    </nz-form-item>
  `,
  styles: ':host { display: block; }',
})
export class DraftFieldComponent {
  readonly label = input('');
  readonly required = input(false);
  /** The id of the input the label names. */
  readonly for = input<string | undefined>(undefined);
  readonly problem = input<string | undefined>(undefined);
}
