import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import type { ApiError } from '../api/api-error';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { ErrorAlertComponent } from './error-alert.component';

/**
 * The end of a paper record being typed in: a row to add, the refusal of the last attempt with
 * the problems no row took, the button that sends it and how many problems are still open. Test
 * ids are `<testId>-add`, `-error`, `-submit` and `-problem-count`.
 */
@Component({
  selector: 'bst-record-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzCardModule, ErrorAlertComponent],
  template: `
    @let id = testId();
    <nz-card class="add">
      <button nz-button nzType="dashed" type="button" (click)="added.emit()" [attr.data-testid]="id + '-add'">
        <nz-icon nzType="plus" />{{ addText() }}
      </button>
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
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="sending()"
        (click)="submitted.emit()"
        [attr.data-testid]="id + '-submit'"
      >
        {{ submitText() }}
      </button>
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
}
