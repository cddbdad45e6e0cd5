import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ApiError } from '../api/api-error';
import { KIT_IMPORTS } from '../imports/kit-imports';
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
  imports: [...KIT_IMPORTS, ErrorAlertComponent],
  template: `
    @if (failure(); as failure) {
      <bst-error-alert
        class="form-alert"
        [error]="failure"
        [showServerMessage]="true"
        [attr.data-testid]="testId() + '-error'"
      />
    }
    <div class="buttons">
      <button
        nz-button
        nzType="primary"
        [nzDanger]="danger()"
        type="button"
        [nzLoading]="sending()"
        (click)="submitted.emit()"
        [attr.data-testid]="testId() + '-submit'"
      >
        {{ submitText() }}
      </button>
      @if (cancellable()) {
        <button nz-button type="button" (click)="cancelled.emit()" [attr.data-testid]="cancelTestId()">
          {{ 'common.cancel' | t }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
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
}
