import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type ButtonSpec, submitButton } from '../actions/button.component';
import { ButtonRowComponent } from '../actions/button-row.component';
import type { ApiError } from '../api/api-error';
import { ErrorAlertComponent } from './error-alert.component';

/**
 * The end of the form of one action on a record (a case's step, an item's action): why the last
 * attempt was refused, with the rule's own reason, the button that takes the action (red when it
 * closes or undoes something) and, where the form may be closed, cancel. Test ids are
 * `<testId>-error` and `<testId>-submit`; cancel carries `cancelTestId` where one is given.
 */
@Component({
  selector: 'bst-action-form-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonRowComponent, ErrorAlertComponent],
  template: `
    @if (failure(); as failure) {
      <bst-error-alert
        class="form-alert"
        [error]="failure"
        [showServerMessage]="true"
        [attr.data-testid]="testId() + '-error'"
      />
    }
    <bst-button-row
      [buttons]="buttons()"
      (pressed)="$event === 'submit' ? submitted.emit() : cancelled.emit()"
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ActionFormButtonsComponent {
  readonly testId = input.required<string>();
  readonly submitText = input.required<string>();
  readonly failure = input<ApiError | null>(null);
  readonly sending = input(false);
  readonly danger = input(false);
  readonly cancellable = input(true);
  readonly cancelTestId = input<string | null>(null);
  readonly submitted = output();
  readonly cancelled = output();

  protected readonly buttons = computed((): ButtonSpec[] => {
    const submit = submitButton(this.testId(), this.submitText(), this.sending(), this.danger());
    const cancel: ButtonSpec = { key: 'cancel', label: 'common.cancel', testId: this.cancelTestId() };
    return this.cancellable() ? [submit, cancel] : [submit];
  });
}
