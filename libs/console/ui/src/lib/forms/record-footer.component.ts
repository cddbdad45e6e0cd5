import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { ButtonComponent, type ButtonSpec, submitButton } from '../actions/button.component';
import type { ApiError } from '../api/api-error';
import { ErrorAlertComponent } from './error-alert.component';

/**
 * The end of a paper record being typed in: a row to add, the refusal of the last attempt with
 * the problems no row took, the button that sends it and how many problems are still open. Test
 * ids are `<testId>-add`, `-error`, `-submit` and `-problem-count`.
 */
@Component({
  selector: 'bst-record-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzCardModule, ButtonComponent, ErrorAlertComponent],
  template: `
    @let id = testId();
    <nz-card class="add">
      <bst-button [button]="add()" (pressed)="added.emit()" />
    </nz-card>
    @if (failure(); as failure) {
      <bst-error-alert
        class="form-alert"
        [error]="failure"
        [showServerMessage]="true"
        [extraProblems]="extraProblems()"
        [attr.data-testid]="id + '-error'"
      />
    }
    <div class="footer">
      <bst-button [button]="submit()" (pressed)="submitted.emit()" />
      @if (problemsText(); as text) {
        <span class="bst-overdue" [attr.data-testid]="id + '-problem-count'">{{ text }}</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .add {
      display: block;
      margin-bottom: 16px;
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
  `,
})
export class RecordFooterComponent {
  readonly testId = input.required<string>();
  readonly addText = input.required<string>();
  readonly submitText = input.required<string>();
  /** How many problems are open, in words; nothing while there are none. */
  readonly problemsText = input<string | null>(null);
  readonly failure = input<ApiError | null>(null);
  readonly extraProblems = input<readonly string[] | null>(null);
  readonly sending = input(false);
  readonly added = output();
  readonly submitted = output();

  protected readonly add = computed((): ButtonSpec => ({
    key: 'add',
    text: this.addText(),
    icon: 'plus',
    type: 'dashed',
    testId: `${this.testId()}-add`,
  }));
  protected readonly submit = computed(() => submitButton(this.testId(), this.submitText(), this.sending()));
}
